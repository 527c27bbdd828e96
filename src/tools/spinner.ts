/** A one-line spinner on a terminal's stderr, so a long installer run does not look like a hang. */
export interface Spinner {
  start(label: string): void;
  stop(): void;
}

const FRAMES = ['|', '/', '-', '\\'];
const INTERVAL_MS = 120;
/** Carriage return + "erase to end of line": the spinner leaves no trace. */
const CLEAR_LINE = '\r\u001b[K';

/** Draws `frame label` every INTERVAL_MS through `write` until stop(); only for interactive terminals. */
export function createSpinner(write: (text: string) => void): Spinner {
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    start(label: string) {
      if (timer) return;
      let frame = 0;
      const draw = () => {
        write(`${CLEAR_LINE}${FRAMES[frame % FRAMES.length]} ${label} …`);
        frame++;
      };
      draw();
      timer = setInterval(draw, INTERVAL_MS);
      // Never keep the process alive for the sake of an animation.
      timer.unref?.();
    },
    stop() {
      if (!timer) return;
      clearInterval(timer);
      timer = undefined;
      write(CLEAR_LINE);
    },
  };
}
