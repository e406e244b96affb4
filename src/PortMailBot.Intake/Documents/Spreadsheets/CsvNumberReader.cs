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
