namespace PortMailBot.Intake.Documents;

/// <summary>A telephone number (E.164) read by OCR, and the indexes in it of the digits read from words OCR was
/// unsure of.</summary>
public sealed record UnsureNumber(string Number, IReadOnlyList<int> UnsurePositions);
