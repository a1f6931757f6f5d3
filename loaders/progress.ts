/**
 * A step's progress on the terminal (cli-progress): what it is doing and how far along it is.
 * The pipeline reports plain messages (`[12/3375] kalmar/2024-annual-report`, `writing warehouse`);
 * counted ones move the bar, others name the phase. Quiet when output is not a terminal (CI, the
 * benchmark, a pipe), except for notices, which always reach stderr. FINSAM_PROGRESS=lines
 * writes every message as a line instead (logs, and tests that act at a given step).
 */
import cliProgress from "cli-progress";

export interface StepProgress {
  /** Feed one of the pipeline's progress messages. */
  report: (message: string) => void;
  /** Stop the bar (call once, also after a failure). */
  done: () => void;
}

const COUNTED = /^\[(\d+)\/(\d+)\]\s*(.*)$/;
/** Phase lines the bar shows and a log without a terminal drops (the load's steps and table counts). */
const PHASE = /^(reading inputs|normalising|writing |checking|tables|workbook|checksums|\s+\S+: \d+ rows$)/;

export function stepProgress(step: string, interactive = Boolean(process.stdout.isTTY && process.stderr.isTTY)) {
  const notice = (message: string) => process.stderr.write(`${message}\n`);
  if (process.env.FINSAM_PROGRESS === "lines") return { report: notice, done: () => {} } satisfies StepProgress;
  if (!interactive)
    return {
      report: (message: string) => {
        if (!COUNTED.test(message) && !PHASE.test(message)) notice(message);
      },
      done: () => {},
    } satisfies StepProgress;
  const bar = new cliProgress.SingleBar(
    {
      format: `${step.padEnd(8)} {bar} {value}/{total} {label}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const show = (value: number, total: number, label: string) => {
    if (!started) bar.start(total, value, { label });
    else {
      bar.setTotal(total);
      bar.update(value, { label });
    }
    started = true;
  };
  let last = { value: 0, total: 0 };
  return {
    report: (message: string) => {
      const m = COUNTED.exec(message);
      if (m) {
        last = { value: Number(m[1]), total: Number(m[2]) };
        show(last.value, last.total, m[3]!.slice(0, 60));
      } else if (PHASE.test(message)) show(last.value, last.total, message.trim().slice(0, 60));
      else {
        // A notice (a removed temp file, a kept candidate) stays on screen above the bar.
        if (started) bar.stop();
        notice(message);
        started = false;
      }
    },
    done: () => {
      if (started) bar.stop();
    },
  } satisfies StepProgress;
}
