/** One bar: its label, its value, the text written beside it, and where a click on it leads (the comments behind it). */
export interface Bar {
  label: string;
  value: number;
  text: string;
  href?: string;
  tone?: 'good' | 'bad' | 'neutral';
}

/**
 * Horizontal bars as an HTML list, each as long as its value against the largest (or `max`),
 * with its figure written beside it; a bar with `href` is a link, so a click or the keyboard
 * opens what is behind it. No canvas: screen readers read the list as it is.
 */
export function Bars({ title, bars, max }: { title: string; bars: readonly Bar[]; max?: number }) {
  const top = max ?? Math.max(0, ...bars.map((bar) => bar.value));
  return (
    <figure class="bars">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => {
          const width = top > 0 ? Math.max(0, Math.min(100, (bar.value / top) * 100)) : 0;
          const body = (
            <>
              <span class="bar-label">{bar.label}</span>
              <span class="bar-track" aria-hidden="true">
                <span class={`bar-fill bar-${bar.tone ?? 'neutral'}`} style={{ width: `${width}%` }} />
              </span>
              <span class="bar-text">{bar.text}</span>
            </>
          );
          return (
            <li key={bar.label}>
              {bar.href === undefined ? (
                <span class="bar">{body}</span>
              ) : (
                <a class="bar" href={bar.href}>
                  {body}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
