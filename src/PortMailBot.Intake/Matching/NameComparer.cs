using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Matching;

/// <summary>Compares names as a person at a carrier would (check contract, "What counts as the same").</summary>
public static class NameComparer
{
    /// <summary>Whether <paramref name="written"/> (as a document shows it) names the same person.</summary>
    public static bool Same(PersonName requested, string written, bool ocr = false) =>
        throw new NotImplementedException("TODO(match): NameComparer");
}
