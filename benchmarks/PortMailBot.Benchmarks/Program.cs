using System.Globalization;
using PortMailBot.Benchmarks;

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
    case "check":
        return PortMailBot.Benchmarks.Check.CheckBenchmark.Run(args.Skip(1).ToList());
    case "ocr-steps":
        return PreparationSteps.Run();
    case "prep-dump":
        return PreparationDump.Run(args.Skip(1).ToList());
    case "scan-fields":
        return ScanFields.Run(flags);
    case "loa-form":
        return LoaFormBenchmark.Run(flags);
    case "mail":
        return await PortMailBot.Benchmarks.Mail.MailBenchmark.RunAsync(args.Skip(1).ToList());
    case "cluster":
        return await PortMailBot.Benchmarks.Mail.ClusterBenchmark.RunAsync(args.Skip(1).ToList());
    default:
        Console.Error.WriteLine("usage: PortMailBot.Benchmarks loa-form [--forms=N] | check [--reps=N] [--executable=PATH] [--keep-pages=DIR] | ocr [--cli-openmp] [--memory-pages=N] [--memory-only] [--timing-only] [--memory-headroom=MB] | ocr-pages [--no-upscale] [--no-orientation] | ocr-steps | scan-fields [--only=SET/CASE] [--hard] [--target-dpi=N] [--text] [--words] [--boxes] [--lines]");
        return 2;
}
