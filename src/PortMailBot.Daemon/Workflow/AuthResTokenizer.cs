namespace PortMailBot.Daemon.Workflow;

/// <summary>Splits an <c>Authentication-Results</c> value into the tokens of RFC 8601's grammar: words, quoted
/// strings, <c>;</c> and <c>=</c>. Comments (nested, with quoted-pairs) and folding whitespace are dropped,
/// as RFC 5322's CFWS says, so a <c>;</c> or <c>dkim=pass</c> inside a comment or a quoted string is never
/// read as a separator or a result. Anything outside the grammar (an unclosed comment or quote, a control
/// character, a stray <c>)</c>) makes the whole value unreadable: a header nobody can read vouches for nothing.</summary>
public static class AuthResTokenizer
{
    /// <summary>Longer values are refused: the receiving server's own header is a few hundred characters.</summary>
    public const int MaxLength = 16 * 1024;

    /// <returns>The tokens, or null when the value is not well-formed.</returns>
    public static IReadOnlyList<AuthResToken>? Tokenize(string value)
    {
        if (value.Length > MaxLength)
        {
            return null;
        }

        var tokens = new List<AuthResToken>();
        var spaced = true;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                spaced = true;
                i++;
            }
            else if (c == '(')
            {
                if (SkipComment(value, ref i) is false)
                {
                    return null;
                }

                spaced = true;
            }
            else if (c == '"')
            {
                if (ReadQuoted(value, ref i) is not { } text)
                {
                    return null;
                }

                tokens.Add(new AuthResToken(AuthResTokenKind.Quoted, text, spaced));
                spaced = false;
            }
            else if (c is ';' or '=')
            {
                tokens.Add(new AuthResToken(c == ';' ? AuthResTokenKind.Semicolon : AuthResTokenKind.Equals, c.ToString(), spaced));
                spaced = false;
                i++;
            }
            else if (c is ')' or '\\' || char.IsControl(c))
            {
                return null;
            }
            else
            {
                var start = i;
                while (i < value.Length && IsWordChar(value[i]))
                {
                    i++;
                }

                tokens.Add(new AuthResToken(AuthResTokenKind.Word, value[start..i], spaced));
                spaced = false;
            }
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        c is not (' ' or '\t' or '\r' or '\n' or '(' or ')' or '"' or ';' or '=' or '\\') && !char.IsControl(c);

    /// <summary>Skips a comment starting at <paramref name="i"/>; comments nest and a backslash quotes the next character.</summary>
    private static bool SkipComment(string value, ref int i)
    {
        var depth = 0;
        while (i < value.Length)
        {
            var c = value[i++];
            if (c == '\\')
            {
                if (i >= value.Length)
                {
                    return false;
                }

                i++;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a quoted string starting at <paramref name="i"/>: its text without the quotes, quoted-pairs undone.</summary>
    private static string? ReadQuoted(string value, ref int i)
    {
        var text = new System.Text.StringBuilder();
        i++;
        while (i < value.Length)
        {
            var c = value[i++];
            if (c == '"')
            {
                return text.ToString();
            }

            if (c == '\\')
            {
                if (i >= value.Length)
                {
                    return null;
                }

                c = value[i++];
            }

            if (c is '\r' or '\n')
            {
                continue; // folding inside a quoted string
            }

            text.Append(c);
        }

        return null;
    }
}

public enum AuthResTokenKind
{
    Word,
    Quoted,
    Semicolon,
    Equals,
}

/// <param name="Spaced">Whitespace or a comment came before it (a quoted local-part and its <c>@domain</c> are not spaced).</param>
public sealed record AuthResToken(AuthResTokenKind Kind, string Text, bool Spaced);
