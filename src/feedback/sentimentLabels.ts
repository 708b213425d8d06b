/** The three sentiment labels of CONTRACT §6, in the order counts are listed. */
export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
