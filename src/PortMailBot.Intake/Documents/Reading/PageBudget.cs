namespace PortMailBot.Intake.Documents.Reading;

/// <summary>The pages one message may have read (<see cref="IntakeOptions.MaxPagesPerMessage"/>), shared by
/// its documents: one message of a hundred scanned pages must not cost minutes of OCR. Documents are read
/// in parallel, so which pages fall beyond the budget can vary between runs; that only happens to messages
/// over the limit, whose reply says that pages were not read.</summary>
public sealed class PageBudget(int pages)
{
    private int _left = pages;

    public int Limit { get; } = pages;

    /// <summary>No limit (a single document read on its own, e.g. by tests).</summary>
    public static PageBudget Unlimited => new(int.MaxValue);

    /// <summary>Takes one page; false once the budget is spent.</summary>
    public bool TryTake()
    {
        while (true)
        {
            var left = Volatile.Read(ref _left);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _left, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    /// <summary>Whether any page is left, without taking one.</summary>
    public bool HasPages => Volatile.Read(ref _left) > 0;

    /// <summary>Why pages were not read, for the reply.</summary>
    public string NotReadReason(int pages) => Limit == int.MaxValue
        ? $"{pages} page(s) not read: over the limit of {Pdf.PdfPageReader.MaxPages} pages in one document"
        : $"{pages} page(s) not read: over the limit of {Pdf.PdfPageReader.MaxPages} pages in one document or {Limit} in one message";
}
