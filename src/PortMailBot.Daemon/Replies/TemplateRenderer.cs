using System.Collections.Concurrent;
using Fluid;

namespace PortMailBot.Daemon.Replies;

/// <summary>Renders <c>templates/{language}/{kind}.liquid</c> with Fluid. A template's first line is
/// <c>Subject: ...</c>, then a blank line, then the plain-text body.</summary>
public sealed class TemplateRenderer(string templatesFolder)
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new(StringComparer.Ordinal);

    public RenderedReply Render(string kind, string language, IReadOnlyDictionary<string, object?> model)
    {
        var template = Load(kind, language);
        var options = new TemplateOptions();
        var context = new TemplateContext(options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        var text = template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Split(text, kind, language);
    }

    private IFluidTemplate Load(string kind, string language)
    {
        var path = Path.Combine(templatesFolder, language, kind + ".liquid");
        if (!File.Exists(path))
        {
            path = Path.Combine(templatesFolder, "en", kind + ".liquid");
        }

        return _cache.GetOrAdd(path, p =>
        {
            if (!File.Exists(p))
            {
                throw new FileNotFoundException($"Reply template {p} is missing (Mail:TemplatesFolder = {templatesFolder}).", p);
            }

            if (!Parser.TryParse(File.ReadAllText(p), out var parsed, out var error))
            {
                throw new InvalidOperationException($"Reply template {p} does not parse: {error}");
            }

            return parsed;
        });
    }

    private static RenderedReply Split(string text, string kind, string language)
    {
        text = text.TrimStart('\n', ' ');
        const string prefix = "Subject:";
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Reply template {language}/{kind} must start with a \"Subject:\" line.");
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var subject = (end < 0 ? text[prefix.Length..] : text[prefix.Length..end]).Trim();
        var body = end < 0 ? "" : text[(end + 1)..].Trim('\n');
        body = CollapseBlankLines(body);
        return new RenderedReply(subject, body + "\n");
    }

    private static string CollapseBlankLines(string body)
    {
        // Liquid tags leave blank lines behind; keep at most one between paragraphs.
        var lines = body.Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
            {
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept).TrimEnd('\n');
    }
}

/// <summary>A rendered reply: its subject and plain-text body.</summary>
public sealed record RenderedReply(string Subject, string TextBody);
