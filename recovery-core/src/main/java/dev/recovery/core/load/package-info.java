/**
 * Training load: every established load measure, by name and convention (docs/reference/load.md;
 * docs/load.md for runners).
 *
 * <p>Where to find each rule:
 * <ul>
 *   <li>Session load (session-RPE, TRIMP, estimate) and which is used: {@link dev.recovery.core.load.LoadModel},
 *       {@link dev.recovery.core.load.Trimp}, {@link dev.recovery.core.load.TrimpVariant},
 *       {@link dev.recovery.core.load.EstimatedRpe}, {@link dev.recovery.core.load.HeartRateProfile}.</li>
 *   <li>Daily loads (rest days 0): {@link dev.recovery.core.load.DailyLoads}.</li>
 *   <li>Every day-by-day measure in one pass, and adding one day: {@link dev.recovery.core.load.LoadState}.</li>
 *   <li>Fitness, fatigue, form, days of rest: {@link dev.recovery.core.load.Convention},
 *       {@link dev.recovery.core.load.FitnessFatigue}, {@link dev.recovery.core.load.FormBand}
 *       ({@code load-form-high-risk}).</li>
 *   <li>ACWR: {@link dev.recovery.core.load.Acwr}, {@link dev.recovery.core.load.AcwrMethod},
 *       {@link dev.recovery.core.load.AcwrZone} ({@code load-acwr-*}).</li>
 *   <li>Monotony and strain: {@link dev.recovery.core.load.Monotony},
 *       {@link dev.recovery.core.load.MonotonyLevel} ({@code load-monotony-*}).</li>
 *   <li>Weekly volume and the 10% rule: {@link dev.recovery.core.load.WeeklyVolume},
 *       {@link dev.recovery.core.load.TenPercentRule} ({@code load-ten-percent-rule}).</li>
 *   <li>Single-run spike: {@link dev.recovery.core.load.SingleRunSpike} ({@code load-single-run-spike}).</li>
 *   <li>Shoes: {@link dev.recovery.core.load.ShoeMileage}, {@link dev.recovery.core.load.ShoeStatus}
 *       ({@code load-shoe-worn}, {@code load-shoe-replace}).</li>
 *   <li>Everything for one day, with flags: {@link dev.recovery.core.load.LoadReport}
 *       (settings in {@link dev.recovery.core.load.LoadSettings}).</li>
 * </ul>
 */
package dev.recovery.core.load;
