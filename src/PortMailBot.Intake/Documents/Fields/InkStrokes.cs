namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Whether a scanned area holds a hand-drawn stroke once the form's own rules are set aside: the area
/// is looked at as a grid of cells half a caption high, long straight runs of inked cells in one row or one
/// column (a signature line, a box's border, however faint) are erased, and what remains must be ink spread
/// over a signature's width. A dark-pixel fraction of the whole area cannot tell a flat signature from the
/// line it is written on, nor a blank box from a signed one.</summary>
internal static class InkStrokes
{
    /// <summary>Dark fraction above which a cell counts as inked: a pen stroke crossing a cell darkens a
    /// third of it or more, scanner speckle a few pixels.</summary>
    private const double CellInked = 0.1;

    /// <summary>A straight thin run this many caption heights long is a rule: a hand stroke does not stay in
    /// one half-caption row (or column) that long without ink above or below it.</summary>
    private const double RuleLength = 3;

    /// <summary>Columns of ink (in caption heights) a signature covers at least: wider than any speck,
    /// a tick or a stray mark.</summary>
    private const double StrokeWidth = 3;

    public static bool Holds(IInkMap ink, PageBox area, IReadOnlyCollection<PageBox> printed, double captionHeight)
    {
        var cell = Math.Max(captionHeight / 2, 0.5);
        var columns = (int)Math.Floor(area.Width / cell);
        var rows = (int)Math.Floor(area.Height / cell);
        if (columns < 2 || rows < 1)
        {
            return false;
        }

        var inked = new bool[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var box = new PageBox(area.Left + (c * cell), area.Top + (r * cell), area.Left + ((c + 1) * cell), area.Top + ((r + 1) * cell));
                inked[(r * columns) + c] = !printed.Any(p => p.Intersects(box)) && ink.DarkFraction(box) > CellInked;
            }
        }

        var ruleCells = (int)Math.Ceiling(RuleLength * captionHeight / cell);
        var erase = new bool[rows * columns];
        MarkRuns(inked, erase, columns, ruleCells, byRow: true);
        MarkRuns(inked, erase, columns, ruleCells, byRow: false);

        var inkedColumns = 0;
        for (var c = 0; c < columns; c++)
        {
            for (var r = 0; r < rows; r++)
            {
                if (inked[(r * columns) + c] && !erase[(r * columns) + c])
                {
                    inkedColumns++;
                    break;
                }
            }
        }

        return inkedColumns * cell >= StrokeWidth * captionHeight;
    }

    /// <summary>Marks the cells of straight runs at least <paramref name="length"/> cells long along each row (or
    /// each column), a single missing cell bridged: a faint rule is broken here and there by the scan. The grid
    /// is kept row by row, <paramref name="columns"/> cells a row.</summary>
    private static void MarkRuns(bool[] inked, bool[] erase, int columns, int length, bool byRow)
    {
        var rows = inked.Length / columns;
        var lines = byRow ? rows : columns;
        var along = byRow ? columns : rows;
        int Index(int line, int i) => byRow ? (line * columns) + i : (i * columns) + line;
        int Beside(int line, int from, int to) =>
            line < 0 || line >= lines ? 0 : Enumerable.Range(from, to - from + 1).Count(i => inked[Index(line, i)]);
        for (var line = 0; line < lines; line++)
        {
            var start = -1;
            var last = -1;
            for (var i = 0; i <= along; i++)
            {
                if (i < along && inked[Index(line, i)])
                {
                    if (start < 0 || i - last > 2)
                    {
                        Flush(start, last);
                        start = i;
                    }

                    last = i;
                }
            }

            Flush(start, last);

            // Straight and thin: two lines away on either side the run has next to no ink. A hand stroke
            // lingering along a line wanders off it within the run (and what it leaves is kept).
            void Flush(int from, int to)
            {
                if (from < 0 || to - from + 1 < length || Beside(line - 2, from, to) + Beside(line + 2, from, to) > 0.2 * (to - from + 1))
                {
                    return;
                }

                for (var i = from; i <= to; i++)
                {
                    erase[Index(line, i)] = true;
                }
            }
        }
    }
}
