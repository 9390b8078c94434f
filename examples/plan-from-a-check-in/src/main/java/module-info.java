/** An application that uses the recovery libraries as named modules. */
module dev.recovery.example {
    requires dev.recovery.core;
    requires dev.recovery.plans;
}
