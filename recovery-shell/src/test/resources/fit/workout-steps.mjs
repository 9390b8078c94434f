// Prints what fit-file-parser (MIT, an implementation independent of this product's) reads from
// each FIT workout file named on the command line, one tab-separated line per item:
//   WORKOUT file name sport num_valid_steps
//   STEP file message_index duration_type duration_value target_type target_value low high intensity step_name
// Values are the protocol's raw ones (centimetres, milliseconds, mm/s).
// Usage: node workout-steps.mjs DIR_WITH_node_modules file.fit...
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const require = createRequire(path.join(process.argv[2], 'x.js'))
const FitParser = require('fit-file-parser').default ?? require('fit-file-parser')
const n = (v) => (v === undefined || v === null ? '' : String(v))

for (const file of process.argv.slice(3)) {
  const name = path.basename(file)
  const data = await new FitParser({ force: false, mode: 'list', lengthUnit: 'm', speedUnit: 'm/s' }).parseAsync(readFileSync(file))
  const w = data.workout ?? {}
  console.log(['WORKOUT', name, n(w.wkt_name), n(w.sport), n(w.num_valid_steps)].join('\t'))
  for (const st of data.messages?.workout_step ?? []) {
    console.log(['STEP', name, n(st.message_index?.value ?? st.message_index), n(st.duration_type), n(st.duration_value), n(st.target_type),
      n(st.target_value), n(st.custom_target_value_low), n(st.custom_target_value_high), n(st.intensity), n(st.wkt_step_name)].join('\t'))
  }
}
