/** The themes a labeller gave a text and the themes the matcher found in it. */
export interface ThemeJudgement {
  expected: readonly string[];
  found: readonly string[];
}

/** Precision and recall, each in [0, 1]. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
}

/** One theme's counts and figures. */
export interface ThemeScore extends PrecisionRecall {
  theme: string;
  /** Texts labelled with the theme. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Per-theme figures and their micro and macro averages. */
export interface ThemeScores {
  texts: number;
  themes: ThemeScore[];
  /** Precision and recall of all (text, theme) decisions pooled. */
  micro: PrecisionRecall;
  /** The unweighted mean of the themes' precisions and of their recalls. */
  macro: PrecisionRecall;
}

/**
 * Multi-label precision and recall per theme: for each theme of `themeIds`, a true positive is
 * a text labelled with it in which the matcher found it, a false positive a text found but not
 * labelled, a false negative a text labelled but not found; precision = TP / (TP + FP), recall =
 * TP / (TP + FN), 0 when the denominator is 0 (scikit-learn's `zero_division=0`). Micro
 * figures pool the counts of every theme; macro figures are the unweighted means of the themes'
 * figures (the definitions of scikit-learn's `precision_recall_fscore_support`,
 * https://scikit-learn.org/stable/modules/model_evaluation.html#multiclass-and-multilabel-classification).
 * Themes outside `themeIds` are ignored; a theme repeated in a list counts once.
 *
 * @example scoreThemes(['price'], [{ expected: ['price'], found: ['price'] }, { expected: [], found: ['price'] }])
 *   // price: precision 0.5, recall 1
 */
export function scoreThemes(themeIds: readonly string[], judgements: readonly ThemeJudgement[]): ThemeScores {
  const themes = themeIds.map((theme) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, found } of judgements) {
      const labelled = expected.includes(theme);
      const matched = found.includes(theme);
      if (labelled && matched) truePositives += 1;
      else if (matched) falsePositives += 1;
      else if (labelled) falseNegatives += 1;
    }
    return {
      theme,
      support: truePositives + falseNegatives,
      truePositives,
      falsePositives,
      falseNegatives,
      ...figures(truePositives, falsePositives, falseNegatives),
    };
  });
  const sum = (pick: (score: ThemeScore) => number): number => themes.reduce((total, score) => total + pick(score), 0);
  const micro = figures(
    sum((score) => score.truePositives),
    sum((score) => score.falsePositives),
    sum((score) => score.falseNegatives),
  );
  const count = Math.max(1, themes.length);
  const macro = { precision: sum((score) => score.precision) / count, recall: sum((score) => score.recall) / count };
  return { texts: judgements.length, themes, micro, macro };
}

/** Precision and recall from the counts, 0 when a denominator is 0. */
function figures(truePositives: number, falsePositives: number, falseNegatives: number): PrecisionRecall {
  const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  return { precision: ratio(truePositives, truePositives + falsePositives), recall: ratio(truePositives, truePositives + falseNegatives) };
}
