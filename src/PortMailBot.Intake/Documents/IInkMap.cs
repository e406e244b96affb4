namespace PortMailBot.Intake.Documents;

/// <summary>Dark pixels of a scanned page, so the LOA signature check can look for ink
/// where no word was recognised.</summary>
public interface IInkMap
{
    /// <summary>The fraction (0..1) of dark pixels inside <paramref name="region"/> (page units).</summary>
    double DarkFraction(PageBox region);
}
