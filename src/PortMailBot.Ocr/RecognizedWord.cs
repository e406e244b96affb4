namespace PortMailBot.Ocr;

/// <summary>A word as Tesseract returned it: pixel box of the image read, confidence 0..1.</summary>
internal readonly record struct RecognizedWord(string Text, int Left, int Top, int Right, int Bottom, double Confidence);
