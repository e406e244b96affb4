using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>An ink map inked only in the given areas, each at its dark fraction.</summary>
internal sealed class FakeInk(params (PageBox Area, double Fraction)[] inked) : IInkMap
{
    public double DarkFraction(PageBox region) =>
        inked.Where(i => i.Area.Intersects(region)).Select(i => i.Fraction).DefaultIfEmpty(0).Max();
}
