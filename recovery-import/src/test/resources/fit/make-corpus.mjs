// Writes the FIT corpus files made with fit-file-parser's encoder (MIT), an implementation
// independent of this product's. Deterministic: re-running gives the same bytes.
// Usage: node make-corpus.mjs DIR_WITH_node_modules
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

const require = createRequire(path.join(process.argv[2] ?? '.', 'x.js'))
const { FitEncoder, FitBaseType: T } = require('fit-file-parser')

const E = T.Enum, U8 = T.Uint8, U16 = T.Uint16, U32 = T.Uint32, S32 = T.Sint32, U32Z = T.Uint32z
const f = (number, baseType, size, value) => ({ number, baseType, size, value })
const ts = (iso) => FitEncoder.toFitTimestamp(new Date(iso))

function fileId(enc, type, created) {
  enc.writeMessage(0, [f(0, E, 1, type), f(1, U16, 2, 1), f(2, U16, 2, 3113), f(3, U32Z, 4, 3990000001), f(4, U32, 4, created)], 0)
}

// A leg: records every `step` seconds at `speed` m/s with a heart rate wave, laps every `lapMetres`.
function leg(enc, { start, seconds, speed, step, hr, lapMetres, sport, subSport, sessionHr, pauseAt, pauseSeconds }) {
  let t = 0, dist = 0, lapStart = 0, lapDist = 0, laps = 0, hrSum = 0, hrMax = 0, n = 0, paused = 0
  const lap = (end) => {
    enc.writeMessage(19, [f(253, U32, 4, start + end + paused), f(2, U32, 4, start + lapStart), f(7, U32, 4, (end - lapStart) * 1000),
      f(8, U32, 4, (end - lapStart) * 1000), f(9, U32, 4, Math.round((dist - lapDist) * 100)), f(25, E, 1, sport)], 2)
    laps++; lapStart = end; lapDist = dist
  }
  while (t <= seconds) {
    if (pauseAt !== undefined && t === pauseAt) {
      enc.writeMessage(21, [f(253, U32, 4, start + t), f(0, E, 1, 0), f(1, E, 1, 4)], 3)
      paused = pauseSeconds
      enc.writeMessage(21, [f(253, U32, 4, start + t + paused), f(0, E, 1, 0), f(1, E, 1, 0)], 3)
    }
    const h = hr ? Math.round(hr + 12 * Math.sin(t / 300)) : 0
    const fields = [f(253, U32, 4, start + t + paused), f(0, S32, 4, 612000000 + t * 40), f(1, S32, 4, -1400000 + t * 25),
      f(5, U32, 4, Math.round(dist * 100))]
    if (hr) { fields.push(f(3, U8, 1, h)); hrSum += h; hrMax = Math.max(hrMax, h); n++ }
    enc.writeMessage(20, fields, 1)
    if (lapMetres && dist - lapDist >= lapMetres) lap(t)
    t += step; dist += speed * step
  }
  const end = t - step
  if (end > lapStart) lap(end)
  const fields = [f(253, U32, 4, start + end + paused), f(2, U32, 4, start), f(5, E, 1, sport), f(6, E, 1, subSport),
    f(7, U32, 4, (end + paused) * 1000), f(8, U32, 4, end * 1000), f(9, U32, 4, Math.round((dist - speed * step) * 100)),
    f(26, U16, 2, laps)]
  if (sessionHr && n) { fields.push(f(16, U8, 1, Math.round(hrSum / n)), f(17, U8, 1, hrMax)) }
  enc.writeMessage(18, fields, 4)
  return end + paused
}

function activity(enc, at, sessions) {
  enc.writeMessage(34, [f(253, U32, 4, at), f(1, U16, 2, sessions), f(2, E, 1, 0)], 5)
}

const out = process.argv[3] ?? '.'
const save = (name, bytes) => writeFileSync(path.join(out, name), bytes)

// 1. A 25-minute trail run with a 2-minute pause, heart rate in records and in the session, auto-laps every km.
{
  const enc = new FitEncoder(), start = ts('2024-05-12T06:15:00Z')
  fileId(enc, 4, start)
  const len = leg(enc, { start, seconds: 1500, speed: 3.35, step: 1, hr: 148, lapMetres: 1000, sport: 1, subSport: 3, sessionHr: true, pauseAt: 600, pauseSeconds: 120 })
  activity(enc, start + len, 1)
  save('ffp-trail-run.fit', enc.close())
}
// 2. A treadmill run whose session has no heart rate: the average comes from the records.
{
  const enc = new FitEncoder(), start = ts('2024-06-03T17:40:00Z')
  fileId(enc, 4, start)
  const len = leg(enc, { start, seconds: 1800, speed: 2.9, step: 5, hr: 139, lapMetres: 1609.344, sport: 1, subSport: 1, sessionHr: false })
  activity(enc, start + len, 1)
  save('ffp-treadmill-records-hr.fit', enc.close())
}
// 3. A triathlon: swim, T1, bike, T2, run; five sessions of which two are transitions.
{
  const enc = new FitEncoder(); let at = ts('2024-07-21T07:00:00Z')
  fileId(enc, 4, at)
  const legs = [
    { seconds: 1800, speed: 0.85, step: 10, hr: 140, sport: 5, subSport: 18 },
    { seconds: 180, speed: 1.5, step: 10, hr: 150, sport: 3, subSport: 0 },
    { seconds: 4200, speed: 9.5, step: 10, hr: 145, lapMetres: 10000, sport: 2, subSport: 7 },
    { seconds: 120, speed: 1.5, step: 10, hr: 150, sport: 3, subSport: 0 },
    { seconds: 2700, speed: 3.7, step: 10, hr: 158, lapMetres: 1000, sport: 1, subSport: 0 },
  ]
  for (const l of legs) at += leg(enc, { start: at, sessionHr: true, ...l }) + 1
  activity(enc, at, 5)
  save('ffp-triathlon.fit', enc.close())
}
// 4. A monitoring file (type 32): recognised, holds no activity.
{
  const enc = new FitEncoder(), start = ts('2024-05-12T00:00:00Z')
  fileId(enc, 32, start)
  for (let i = 0; i < 24; i++) enc.writeMessage(55, [f(253, U32, 4, start + i * 3600), f(2, U32, 4, i * 400)], 1)
  save('ffp-monitoring.fit', enc.close())
}
// 5. A strength session (training / strength_training) without distance.
{
  const enc = new FitEncoder(), start = ts('2024-05-14T18:00:00Z')
  fileId(enc, 4, start)
  enc.writeMessage(18, [f(253, U32, 4, start + 2700), f(2, U32, 4, start), f(5, E, 1, 10), f(6, E, 1, 20), f(7, U32, 4, 2700000),
    f(8, U32, 4, 2400000), f(16, U8, 1, 112), f(17, U8, 1, 151)], 4)
  activity(enc, start + 2700, 1)
  save('ffp-strength.fit', enc.close())
}
