using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using PortMailBot.Benchmarks;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr;
using UglyToad.PdfPig;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var command = args.FirstOrDefault() ?? "ocr";
var flags = args.Skip(1).ToHashSet(StringComparer.Ordinal);
switch (command)
{
    case "ocr":
        return OcrBenchmark.Run(flags);
    case "ocr-pages":
        return OcrBenchmark.ListPages(flags);
    default:
        Console.Error.WriteLine("usage: PortMailBot.Benchmarks ocr [--rounds N] | ocr-pages [--no-upscale] [--no-orientation]");
        return 2;
}
