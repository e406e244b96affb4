using System.Text;

namespace PortMailBot.Intake.Documents.Spreadsheets;

/// <summary>Reads a delimited text file (comma, semicolon or tab; quoted fields) into rows, bounded.</summary>
internal static class CsvNumberReader
{
    public static IReadOnlyList<IReadOnlyList<string>> ReadRows(byte[] content, CancellationToken cancellationToken)
    {
        var text = Decode(content);
        var delimiter = GuessDelimiter(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else if (field.Length < 4096)
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == delimiter)
            {
                AddField(row, field);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                AddField(row, field);
                rows.Add(row);
                row = [];
                if (rows.Count >= NumberTable.MaxRows)
                {
                    return rows;
                }

                if ((rows.Count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            else if (field.Length < 4096)
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            AddField(row, field);
            rows.Add(row);
        }

        return rows;
    }

    private static void AddField(List<string> row, StringBuilder field)
    {
        if (row.Count < NumberTable.MaxColumns)
        {
            row.Add(field.ToString().Trim());
        }

        field.Clear();
    }

    public static string Decode(byte[] content)
    {
        // Excel's "Unicode Text" and many exports write UTF-16, with or without a byte order mark.
        if (Utf16Of(content) is { } utf16)
        {
            return utf16.GetString(content).TrimStart('\uFEFF');
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Excel on Windows saves CSV in the ANSI code page; Latin-1 reads its letters closely enough.
            return Encoding.Latin1.GetString(content);
        }
    }

    /// <summary>UTF-16 by its byte order mark, else by its zero bytes: text that is mostly ASCII has a zero
    /// in every other byte in UTF-16 (the high byte, odd positions little-endian), never in UTF-8 or ANSI.</summary>
    private static Encoding? Utf16Of(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        var sample = content[..(Math.Min(content.Length, 4096) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        {
            return Encoding.Unicode;
        }

        return evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs ? Encoding.BigEndianUnicode : null;
    }

    private static char GuessDelimiter(string text)
    {
        var sample = text.Length > 8192 ? text[..8192] : text;
        var candidates = new[] { ',', ';', '\t', '|' };
        var best = ',';
        var bestCount = 0;
        foreach (var candidate in candidates)
        {
            var count = 0;
            var inQuotes = false;
            foreach (var c in sample)
            {
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (c == candidate && !inQuotes)
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best;
    }
}
