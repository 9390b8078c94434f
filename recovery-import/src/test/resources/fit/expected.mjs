// Prints what fit-file-parser (MIT, an implementation independent of this product's) reads from
// each FIT file named on the command line, one tab-separated line per item:
//   FILE name type                               for each file_id (file type as the parser names it)
//   SESSION name n sport sub_sport start distance_m timer_s elapsed_s avg_hr max_hr laps
//   STEP name message_index duration_type duration_value target_type target_value low high intensity
// Transition sessions are left out; a session without an average heart rate gets the rounded mean
// of its records' heart rates (the records since the previous session), as this product does.
// Usage: node expected.mjs DIR_WITH_node_modules file.fit...
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'

const require = createRequire(path.join(process.argv[2], 'x.js'))
const FitParser = require('fit-file-parser').default ?? require('fit-file-parser')
const n = (v) => (v === undefined || v === null ? '' : String(v))
const round3 = (v) => (v === undefined || v === null ? '' : String(Math.round(v * 1000) / 1000))

for (const file of process.argv.slice(3)) {
  let bytes = readFileSync(file)
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes)
  const name = path.basename(file)
  const data = await new FitParser({ force: false, mode: 'list', lengthUnit: 'm', speedUnit: 'm/s', elapsedRecordField: false }).parseAsync(bytes)
  const ids = data.file_ids ?? (data.file_id ? [data.file_id] : [])
  for (const id of ids) console.log(['FILE', name, n(id.type)].join('\t'))
  const records = data.records ?? []
  let prevEnd = -Infinity, i = 0
  for (const s of data.sessions ?? []) {
    const end = new Date(s.timestamp).getTime()
    const mine = records.filter((r) => { const t = new Date(r.timestamp).getTime(); return t > prevEnd && t <= end })
    prevEnd = end
    if (s.sport === 'transition') continue
    let avg = s.avg_heart_rate, max = s.max_heart_rate
    const hrs = mine.map((r) => r.heart_rate).filter((h) => typeof h === 'number' && h > 0)
    if (avg === undefined && hrs.length) avg = Math.round(hrs.reduce((a, b) => a + b, 0) / hrs.length)
    if (max === undefined && hrs.length) max = Math.max(...hrs)
    console.log(['SESSION', name, ++i, n(s.sport), n(s.sub_sport), new Date(s.start_time).toISOString(), round3(s.total_distance),
      round3(s.total_timer_time), round3(s.total_elapsed_time), n(avg), n(max), n(s.num_laps)].join('\t'))
  }
  for (const st of data.messages?.workout_step ?? []) {
    console.log(['STEP', name, n(st.message_index?.value ?? st.message_index), n(st.duration_type), n(st.duration_value), n(st.target_type),
      n(st.target_value), n(st.custom_target_value_low), n(st.custom_target_value_high), n(st.intensity)].join('\t'))
  }
}
