import type { ComponentChildren } from 'preact';

/** One figure of a list: what it is, and its value already written out. */
export interface Figure {
  label: string;
  value: ComponentChildren;
}

/** A short list of labelled figures (a description list), for the details of an indicator beside its chart. */
export function Figures({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl class="figures">
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
