namespace PortMailBot.Intake.Documents;

/// <summary>A rectangle on a page, in the page's own units (PDF points or image pixels),
/// origin at the top-left corner, y growing downward.</summary>
public readonly record struct PageBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public bool Intersects(PageBox other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public PageBox Union(PageBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}
