using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>PdfPig follows form XObjects recursively without a depth limit, so a form that (indirectly)
/// draws itself overflows the stack, which kills the process. Before any page is drawn, this walks the
/// form graph of the file and refuses cycles and absurdly deep nesting.</summary>
internal static partial class FormXObjectGuard
{
    private const int MaxObjectsInspected = 100_000;
    private const int MaxNestingDepth = 40;

    private static readonly NameToken FormName = NameToken.Create("Form");

    /// <summary>Returns why the file cannot be drawn safely, or null when it can.</summary>
    public static string? FindHazard(PdfDocument document, ReadOnlySpan<byte> pdf, CancellationToken cancellationToken)
    {
        var structure = document.Structure;
        // A damaged cross-reference table leaves PdfPig's table empty (it recovers objects by scanning),
        // so object headers found in the raw bytes are inspected too.
        var references = new HashSet<IndirectReference>(structure.CrossReferenceTable.ObjectOffsets.Keys);
        foreach (Match match in ObjectHeader().Matches(System.Text.Encoding.Latin1.GetString(pdf)))
        {
            if (references.Count > MaxObjectsInspected)
            {
                break;
            }

            if (long.TryParse(match.Groups[1].ValueSpan, out var number) && int.TryParse(match.Groups[2].ValueSpan, out var generation))
            {
                references.Add(new IndirectReference(number, generation));
            }
        }

        var formChildren = new Dictionary<IndirectReference, List<IndirectReference>>();
        var inheritedChildren = new HashSet<IndirectReference>();
        var formsWithoutResources = new List<IndirectReference>();
        var inspected = 0;
        foreach (var reference in references)
        {
            if (++inspected > MaxObjectsInspected)
            {
                return "too many objects in the PDF";
            }

            if ((inspected & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            IToken? data;
            try
            {
                data = structure.GetObject(reference)?.Data;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                continue;
            }

            switch (data)
            {
                case StreamToken stream when IsForm(stream.StreamDictionary):
                    var children = XObjectReferences(structure, stream.StreamDictionary, out var hasResources);
                    formChildren[reference] = children;
                    if (!hasResources)
                    {
                        formsWithoutResources.Add(reference);
                    }

                    break;
                case DictionaryToken dictionary when IsPageOrPages(dictionary):
                    inheritedChildren.UnionWith(XObjectReferences(structure, dictionary, out _));
                    break;
            }
        }

        // A form without its own resources draws with its page's: conservatively, with any page's.
        foreach (var form in formsWithoutResources)
        {
            formChildren[form].AddRange(inheritedChildren);
        }

        var state = new Dictionary<IndirectReference, int>();
        foreach (var form in formChildren.Keys)
        {
            var hazard = Visit(form, formChildren, state, 0);
            if (hazard is not null)
            {
                return hazard;
            }
        }

        return null;
    }

    private static string? Visit(
        IndirectReference form,
        Dictionary<IndirectReference, List<IndirectReference>> formChildren,
        Dictionary<IndirectReference, int> state,
        int depth)
    {
        if (depth > MaxNestingDepth)
        {
            return "form XObjects nested too deeply";
        }

        if (state.TryGetValue(form, out var mark))
        {
            // 1 = on the current path (a cycle), 2 = already proven safe.
            return mark == 1 ? "circular form XObjects" : null;
        }

        state[form] = 1;
        if (formChildren.TryGetValue(form, out var children))
        {
            foreach (var child in children)
            {
                if (!formChildren.ContainsKey(child))
                {
                    continue;
                }

                var hazard = Visit(child, formChildren, state, depth + 1);
                if (hazard is not null)
                {
                    return hazard;
                }
            }
        }

        state[form] = 2;
        return null;
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\0]+([0-9]{1,5})[ \t\r\n\f\0]+obj\b", RegexOptions.None, matchTimeoutMilliseconds: 5000)]
    private static partial Regex ObjectHeader();

    private static bool IsForm(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken name && name.Equals(FormName);

    private static bool IsPageOrPages(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Type, out var type) && type is NameToken name && (name.Data == "Page" || name.Data == "Pages");

    private static List<IndirectReference> XObjectReferences(Structure structure, DictionaryToken owner, out bool hasResources)
    {
        var result = new List<IndirectReference>();
        hasResources = false;
        var resources = Resolve(structure, owner, NameToken.Resources) as DictionaryToken;
        if (resources is null)
        {
            return result;
        }

        hasResources = true;
        if (Resolve(structure, resources, NameToken.Xobject) is not DictionaryToken xobjects)
        {
            return result;
        }

        foreach (var value in xobjects.Data.Values)
        {
            if (value is IndirectReferenceToken reference)
            {
                result.Add(reference.Data);
            }
        }

        return result;
    }

    private static IToken? Resolve(Structure structure, DictionaryToken owner, NameToken key)
    {
        if (!owner.TryGet(key, out var token))
        {
            return null;
        }

        // Bounded: a reference that points at another reference is followed a few times only.
        for (var hops = 0; hops < 8 && token is IndirectReferenceToken reference; hops++)
        {
            try
            {
                token = structure.GetObject(reference.Data)?.Data;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return null;
            }
        }

        return token;
    }
}
