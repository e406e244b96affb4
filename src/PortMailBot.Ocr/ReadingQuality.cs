namespace PortMailBot.Ocr;

/// <summary>How well a page read: upside-down or sideways text comes back as few, short,
/// low-confidence words, so the turn with the most confident letters wins.</summary>
internal readonly record struct ReadingQuality(double MeanConfidence, double Score, int Letters)
{
    public static ReadingQuality Of(IReadOnlyList<RecognizedWord> words)
    {
        double weighted = 0;
        double score = 0;
        var letters = 0;
        foreach (var word in words)
        {
            var count = word.Text.Count(char.IsLetterOrDigit);
            if (count == 0)
            {
                continue;
            }

            letters += count;
            weighted += word.Confidence * count;
            score += Math.Max(0, word.Confidence - 0.5) * count;
        }

        return new ReadingQuality(letters == 0 ? 0 : weighted / letters, score, letters);
    }

    /// <summary>A page with hardly any text (a blank back, a photo) is not retried: turning it will not help.</summary>
    public bool IsPoor(double threshold) => Letters >= 20 && MeanConfidence < threshold;
}
