using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>Pen strokes drawn as vector paths, as e-signature tools and "fill and sign" apps write a signature: open
/// stroked paths made of curves. A form's rules, boxes and check marks are straight lines or closed shapes, so they
/// are left out; what remains is ink drawn by hand, placed on the page as a picture is.</summary>
internal static class FreehandStrokes
{
    /// <summary>A hand's stroke bends several times; a rounded corner or a lone arc does not make a signature.</summary>
    private const int MinCurves = 3;

    /// <summary>The box of each freehand path on <paramref name="page"/>, in PDF units (origin bottom-left).</summary>
    public static IEnumerable<PdfRectangle> Of(Page page)
    {
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked || path.IsFilled || path.IsClipping)
            {
                continue;
            }

            var open = path.Where(s => !s.IsClosed()).ToList();
            var curves = open.Sum(s => s.Commands.Count(c => c is PdfSubpath.BezierCurve or PdfSubpath.CubicBezierCurve));
            if (curves < MinCurves)
            {
                continue;
            }

            var boxes = open.Select(s => s.GetBoundingRectangle()).Where(b => b.HasValue).Select(b => b!.Value).ToList();
            if (boxes.Count == 0)
            {
                continue;
            }

            var box = new PdfRectangle(boxes.Min(b => b.Left), boxes.Min(b => b.Bottom), boxes.Max(b => b.Right), boxes.Max(b => b.Top));
            if (box.Width > 0 && box.Height > 0)
            {
                yield return box;
            }
        }
    }
}
