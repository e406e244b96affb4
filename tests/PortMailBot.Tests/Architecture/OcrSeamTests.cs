using System.Reflection;
using ArchLoader = ArchUnitNET.Loader.ArchLoader;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Tests.Architecture;

/// <summary>The OCR seam is the intake's own contract: PdfPig stays inside <c>Intake.Documents.Pdf</c>,
/// so an engine is written, tested and swapped without the PDF library.</summary>
public sealed class OcrSeamTests
{
    private const string PdfPig = "UglyToad.";

    [Fact]
    public void The_types_of_the_OCR_seam_name_no_PDF_library_type()
    {
        var seam = SeamTypes();

        Assert.Contains(typeof(ScannedPdfPage), seam);
        Assert.Contains(typeof(ScannedImageData), seam);
        Assert.Empty(seam.Where(IsPdfPig).Select(t => t.FullName));
    }

    [Fact]
    public void The_OCR_engine_depends_on_no_PDF_library_type()
    {
        var code = new ArchLoader()
            .LoadAssemblies(typeof(Ocr.TesseractOcrEngine).Assembly, typeof(ScannedPdfPage).Assembly)
            .Build();
        string[] PdfPigDependencies(string ns) => code.Types
            .Where(t => t.Namespace.FullName.StartsWith(ns, StringComparison.Ordinal))
            .SelectMany(t => t.Dependencies
                .Where(d => d.Target.FullName.StartsWith(PdfPig, StringComparison.Ordinal))
                .Select(d => $"{t.FullName} -> {d.Target.FullName}"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        // The PDF reader's adapter does depend on PdfPig: the rule would see a dependency where there is one.
        Assert.NotEmpty(PdfPigDependencies("PortMailBot.Intake.Documents.Pdf"));
        Assert.Empty(PdfPigDependencies("PortMailBot.Ocr"));
    }

    /// <summary><see cref="IOcrEngine"/> and every type its public members name, followed through our own types.</summary>
    private static HashSet<Type> SeamTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(IOcrEngine)]);
        while (pending.TryDequeue(out var type))
        {
            if (type.HasElementType)
            {
                pending.Enqueue(type.GetElementType()!);
                continue;
            }

            if (!seen.Add(type))
            {
                continue;
            }

            var ours = type.Namespace?.StartsWith("PortMailBot.", StringComparison.Ordinal) == true;
            foreach (var named in ours ? Named(type) : type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Enqueue(named);
            }
        }

        return seen;
    }

    private static IEnumerable<Type> Named(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(Public))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        foreach (var property in type.GetProperties(Public))
        {
            yield return property.PropertyType;
        }

        foreach (var constructor in type.GetConstructors())
        {
            foreach (var parameter in constructor.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return implemented;
        }
    }

    private static bool IsPdfPig(Type type) => type.FullName?.StartsWith(PdfPig, StringComparison.Ordinal) == true;
}
