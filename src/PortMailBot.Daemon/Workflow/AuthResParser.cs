namespace PortMailBot.Daemon.Workflow;

/// <summary>Reads one <c>Authentication-Results</c> value (RFC 8601 §2.2) from its tokens:
/// <c>authserv-id [version] ( ; none | 1*( ; method[/version]=result [reason=value] *(ptype.property=value) ) )</c>.
/// Strict: a value outside the grammar, an unknown header version, a property given twice in one result,
/// all make the header unreadable rather than half-read.</summary>
public static class AuthResParser
{
    private const int MaxResults = 64;

    public static AuthResHeader? Parse(string value)
    {
        if (AuthResTokenizer.Tokenize(value) is not { } tokens || tokens.Count == 0 || !IsValue(tokens[0]))
        {
            return null;
        }

        var id = tokens[0].Text;
        var i = 1;
        if (i < tokens.Count && tokens[i] is { Kind: AuthResTokenKind.Word, Spaced: true } version && version.Text.All(char.IsAsciiDigit))
        {
            // §2.2: a consumer that does not know the version must ignore the header; only 1 exists.
            if (version.Text.TrimStart('0') != "1")
            {
                return null;
            }

            i++;
        }

        var results = new List<AuthResResult>();
        if (i == tokens.Count)
        {
            return new AuthResHeader(id, results);
        }

        if (Is(tokens, i, AuthResTokenKind.Semicolon) && i + 2 == tokens.Count && tokens[i + 1] is { Kind: AuthResTokenKind.Word } none
            && none.Text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return new AuthResHeader(id, results);
        }

        while (i < tokens.Count)
        {
            if (!Is(tokens, i, AuthResTokenKind.Semicolon) || results.Count >= MaxResults || ReadResult(tokens, ref i) is not { } result)
            {
                return null;
            }

            results.Add(result);
        }

        return new AuthResHeader(id, results);
    }

    /// <summary>One resinfo, from its leading <c>;</c> to the next one.</summary>
    private static AuthResResult? ReadResult(IReadOnlyList<AuthResToken> tokens, ref int i)
    {
        i++;
        if (!(Is(tokens, i, AuthResTokenKind.Word) && Is(tokens, i + 1, AuthResTokenKind.Equals) && Is(tokens, i + 2, AuthResTokenKind.Word)))
        {
            return null;
        }

        var methodText = tokens[i].Text;
        var slash = methodText.IndexOf('/', StringComparison.Ordinal);
        var method = slash < 0 ? methodText : methodText[..slash];
        if (!IsKeyword(method) || (slash >= 0 && !(methodText.Length > slash + 1 && methodText[(slash + 1)..].All(char.IsAsciiDigit))))
        {
            return null;
        }

        var resultText = tokens[i + 2].Text;
        if (!IsKeyword(resultText))
        {
            return null;
        }

        i += 3;
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? reason = null;
        while (i < tokens.Count && tokens[i].Kind != AuthResTokenKind.Semicolon)
        {
            if (!(Is(tokens, i, AuthResTokenKind.Word) && Is(tokens, i + 1, AuthResTokenKind.Equals)))
            {
                return null;
            }

            var key = tokens[i].Text;
            i += 2;
            if (ReadPropertyValue(tokens, ref i) is not { } propertyValue)
            {
                return null;
            }

            if (key.Equals("reason", StringComparison.OrdinalIgnoreCase))
            {
                if (reason is not null)
                {
                    return null;
                }

                reason = propertyValue;
                continue;
            }

            var dot = key.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || !IsKeyword(key[..dot]) || !IsKeyword(key[(dot + 1)..]) || !properties.TryAdd(key, propertyValue))
            {
                return null;
            }
        }

        return new AuthResResult(method.ToLowerInvariant(), resultText.ToLowerInvariant(), reason, properties);
    }

    /// <summary>A value: a word, a quoted string, or a quoted local-part directly followed by <c>@domain</c>.</summary>
    private static string? ReadPropertyValue(IReadOnlyList<AuthResToken> tokens, ref int i)
    {
        if (i >= tokens.Count || !IsValue(tokens[i]))
        {
            return null;
        }

        var first = tokens[i++];
        if (first.Kind == AuthResTokenKind.Quoted && i < tokens.Count && tokens[i] is { Kind: AuthResTokenKind.Word, Spaced: false } domain)
        {
            if (!domain.Text.StartsWith('@') || domain.Text.IndexOf('@', 1) >= 0)
            {
                return null;
            }

            i++;
            return first.Text + domain.Text;
        }

        return i < tokens.Count && tokens[i] is { Spaced: false, Kind: AuthResTokenKind.Word or AuthResTokenKind.Quoted } ? null : first.Text;
    }

    private static bool Is(IReadOnlyList<AuthResToken> tokens, int i, AuthResTokenKind kind) => i < tokens.Count && tokens[i].Kind == kind;

    private static bool IsValue(AuthResToken token) => token.Kind is AuthResTokenKind.Word or AuthResTokenKind.Quoted;

    /// <summary>RFC 5321 Ldh-str: letters, digits and inner hyphens.</summary>
    private static bool IsKeyword(string text) =>
        text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

/// <summary>One parsed <c>Authentication-Results</c> header.</summary>
public sealed record AuthResHeader(string AuthServId, IReadOnlyList<AuthResResult> Results);

/// <summary>One result: <c>dkim=pass header.d=example.com</c>; method and result in lower case.</summary>
public sealed record AuthResResult(string Method, string Result, string? Reason, IReadOnlyDictionary<string, string> Properties);
