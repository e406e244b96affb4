namespace PortMailBot.Ocr;

/// <summary>How well a page read: upside-down or sideways text comes back as few, short,
/// low-confidence words, so the turn with the most confident letters wins.</summary>
internal readonly record struct ReadingQuality(double MeanConfidence, double Score, int Letters, bool Sideways)
{
    public static ReadingQuality Of(IReadOnlyList<RecognizedWord> words)
    {
        double weighted = 0;
        double score = 0;
        var letters = 0;
        var longWords = 0;
        var standing = 0;
        foreach (var word in words)
        {
            var count = word.Text.Count(char.IsLetterOrDigit);
            if (count == 0)
            {
                continue;
            }

            if (count >= 3)
            {
                longWords++;
                if (word.Bottom - word.Top > 1.2 * (word.Right - word.Left))
                {
                    standing++;
                }
            }

            letters += count;
            weighted += word.Confidence * count;
            score += Math.Max(0, word.Confidence - 0.5) * count;
        }

        // Tesseract reads vertical lines too, confidently, so a sideways page is told by its words
        // standing taller than wide; its boxes would defeat any layout logic, so it must be turned.
        var sideways = standing >= 10 && standing > 0.6 * longWords;
        return new ReadingQuality(letters == 0 ? 0 : weighted / letters, sideways ? 0 : score, letters, sideways);
    }

    /// <summary>A page with hardly any text (a blank back, a photo) is not retried: turning it will not help.</summary>
    public bool IsPoor(double threshold) => Letters >= 20 && MeanConfidence < threshold;
}
