using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace PortMailBot.Daemon.Storage;

/// <summary>Moves a desk up from SQLite to PostgreSQL: every table of the SQLite store copied into an empty,
/// freshly migrated PostgreSQL database in one transaction, rows keeping their ids (identity sequences moved
/// past them after), then checked by row counts per table and a sample of rows compared value by value.</summary>
public sealed class StoreCopy(ISqlDialect source, ILoggerFactory loggers)
{
    /// <summary>Rows per INSERT: many rows per round trip, well under PostgreSQL's 65,535 parameters.</summary>
    private const int MaxParametersPerInsert = 30_000;

    /// <summary>Rows compared per table: spread over the whole table.</summary>
    private const int SampleSize = 25;

    /// <summary>Copies and checks; throws <see cref="StoreCopyRefusedException"/> when the target is not empty
    /// or the source is not SQLite, <see cref="InvalidOperationException"/> when the check finds a difference.</summary>
    public async Task<IReadOnlyList<TableCopied>> CopyToAsync(string targetConnectionString, CancellationToken cancellationToken)
    {
        if (source is not SqliteDialect)
        {
            throw new StoreCopyRefusedException("the configured store (Storage:Provider) is not SQLite: db copy moves an SQLite store to PostgreSQL.");
        }

        var target = new PostgreSqlDialect(targetConnectionString);
        using var sourceStore = new DaemonStore(source, loggers.CreateLogger<DaemonStore>());
        using var targetStore = new DaemonStore(target, loggers.CreateLogger<DaemonStore>());
        await sourceStore.MigrateAsync(cancellationToken);
        await targetStore.MigrateAsync(cancellationToken);

        await using var from = await sourceStore.OpenAsync(cancellationToken);
        await using var to = await targetStore.OpenAsync(cancellationToken);
        var tables = await TablesInOrderAsync(from, cancellationToken);
        var targetTypes = await ColumnTypesAsync(to, cancellationToken);
        foreach (var table in tables)
        {
            if (!targetTypes.ContainsKey(table))
            {
                throw new StoreCopyRefusedException($"table {table} of the SQLite store has no counterpart in PostgreSQL: are both on the same build?");
            }

            if (Convert.ToInt64(await Db.ScalarAsync(to, null, $"SELECT COUNT(*) FROM {table}", cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                throw new StoreCopyRefusedException($"the PostgreSQL database is not empty (table {table} has rows): db copy only fills an empty database.");
            }
        }

        var copied = new List<TableCopied>();
        await using (var transaction = await to.BeginTransactionAsync(cancellationToken))
        {
            foreach (var table in tables)
            {
                var rows = await CopyTableAsync(from, to, transaction, table, targetTypes[table], cancellationToken);
                await ResetIdentityAsync(to, transaction, table, cancellationToken);
                copied.Add(new TableCopied(table, rows));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var table in copied)
        {
            await CheckAsync(from, to, table, targetTypes[table.Table], cancellationToken);
        }

        return copied;
    }

    /// <summary>The source's tables, a table after those its foreign keys point to; the schema version is the
    /// target's own (it was migrated).</summary>
    private static async Task<List<string>> TablesInOrderAsync(DbConnection from, CancellationToken ct)
    {
        var names = await Db.ListAsync(from, null, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version' ORDER BY name", r => r.GetString(0), ct);
        var parents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            parents[name] = await Db.ListAsync(from, null, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@t)", r => r.GetString(0), ct, ("@t", name));
        }

        var ordered = new List<string>();
        void Visit(string table, HashSet<string> path)
        {
            if (ordered.Contains(table) || !path.Add(table))
            {
                return;
            }

            foreach (var parent in parents.GetValueOrDefault(table) ?? [])
            {
                Visit(parent, path);
            }

            ordered.Add(table);
        }

        foreach (var name in names)
        {
            Visit(name, []);
        }

        return ordered.Where(names.Contains).ToList();
    }

    /// <summary>Each PostgreSQL table's columns and their types, in column order.</summary>
    private static async Task<Dictionary<string, List<(string Column, string Type)>>> ColumnTypesAsync(DbConnection to, CancellationToken ct)
    {
        var rows = await Db.ListAsync(
            to,
            null,
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
            r => (Table: r.GetString(0), Column: r.GetString(1), Type: r.GetString(2)),
            ct);
        return rows.GroupBy(r => r.Table, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => (r.Column, r.Type)).ToList(), StringComparer.Ordinal);
    }

    private static async Task<long> CopyTableAsync(DbConnection from, DbConnection to, DbTransaction transaction, string table, List<(string Column, string Type)> columns, CancellationToken ct)
    {
        var sourceColumns = await Db.ListAsync(from, null, "SELECT name FROM pragma_table_info(@t)", r => r.GetString(0), ct, ("@t", table));
        var wanted = columns.Where(c => sourceColumns.Contains(c.Column, StringComparer.Ordinal)).ToList();
        var perInsert = Math.Max(1, MaxParametersPerInsert / wanted.Count);
        var list = string.Join(", ", wanted.Select(c => c.Column));
        await using var read = Db.Command(from, null, $"SELECT {list} FROM {table}");
        await using var reader = await read.ExecuteReaderAsync(ct);
        var batch = new List<object?[]>();
        long total = 0;
        while (await reader.ReadAsync(ct))
        {
            var row = new object?[wanted.Count];
            for (var i = 0; i < wanted.Count; i++)
            {
                row[i] = ToTarget(await reader.IsDBNullAsync(i, ct) ? null : reader.GetValue(i), wanted[i].Type);
            }

            batch.Add(row);
            if (batch.Count == perInsert)
            {
                total += await InsertAsync(to, transaction, table, list, batch, ct);
                batch.Clear();
            }
        }

        return total + await InsertAsync(to, transaction, table, list, batch, ct);
    }

    private static async Task<int> InsertAsync(DbConnection to, DbTransaction transaction, string table, string columns, List<object?[]> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var parameters = new List<(string Name, object? Value)>();
        var values = new List<string>();
        foreach (var row in rows)
        {
            var names = row.Select((value, i) =>
            {
                var name = "@p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
                parameters.Add((name, value));
                return name;
            }).ToList();
            values.Add("(" + string.Join(", ", names) + ")");
        }

        return await Db.ExecuteAsync(to, transaction, $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", values)}", ct, [.. parameters]);
    }

    /// <summary>Rows came with their ids: each identity column's sequence goes past the highest, so the next
    /// row PostgreSQL numbers does not collide.</summary>
    private static async Task ResetIdentityAsync(DbConnection to, DbTransaction transaction, string table, CancellationToken ct)
    {
        var identities = await Db.ListAsync(
            to,
            transaction,
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @t AND is_identity = 'YES'",
            r => r.GetString(0),
            ct,
            ("@t", table));
        foreach (var column in identities)
        {
            await Db.ScalarAsync(to, transaction, $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)", ct);
        }
    }

    /// <summary>Same number of rows, and a sample of rows (spread over the table, found again by all their
    /// values' text) equal column by column.</summary>
    private static async Task CheckAsync(DbConnection from, DbConnection to, TableCopied table, List<(string Column, string Type)> columns, CancellationToken ct)
    {
        var count = Convert.ToInt64(await Db.ScalarAsync(to, null, $"SELECT COUNT(*) FROM {table.Table}", ct), CultureInfo.InvariantCulture);
        if (count != table.Rows)
        {
            throw new InvalidOperationException($"{table.Table}: {table.Rows} rows copied but {count} found in PostgreSQL.");
        }

        var sourceColumns = await Db.ListAsync(from, null, "SELECT name FROM pragma_table_info(@t)", r => r.GetString(0), ct, ("@t", table.Table));
        var wanted = columns.Where(c => sourceColumns.Contains(c.Column, StringComparer.Ordinal)).ToList();
        var list = string.Join(", ", wanted.Select(c => c.Column));
        var step = Math.Max(1, table.Rows / SampleSize);
        var sample = await Db.ListAsync(from, null, $"SELECT {list} FROM {table.Table} WHERE rowid % @step = 0 LIMIT @n", r => Read(r, wanted, convert: true), ct, ("@step", step), ("@n", SampleSize));
        foreach (var row in sample)
        {
            // Found again by its values: the columns that are not null, compared as text by PostgreSQL.
            var where = string.Join(" AND ", wanted.Select((c, i) => row[i] is null ? $"{c.Column} IS NULL" : $"{c.Column} = @v{i}"));
            var parameters = wanted.Select((c, i) => ("@v" + i.ToString(CultureInfo.InvariantCulture), ToTarget(row[i], c.Type))).Where((p, i) => row[i] is not null).ToArray();
            var found = await Db.ListAsync(to, null, $"SELECT {list} FROM {table.Table} WHERE {where}", r => Read(r, wanted, convert: false), ct, parameters);
            if (!found.Any(f => f.Select(Text).SequenceEqual(row.Select(Text))))
            {
                throw new InvalidOperationException($"{table.Table}: a sampled row differs in PostgreSQL ({string.Join(", ", row.Take(2).Select(Text))}, ...).");
            }
        }
    }

    private static object?[] Read(DbDataReader reader, List<(string Column, string Type)> columns, bool convert) =>
        columns.Select((c, i) => reader.IsDBNull(i) ? null : convert ? ToTarget(reader.GetValue(i), c.Type) : reader.GetValue(i)).ToArray();

    /// <summary>An SQLite value in the PostgreSQL column's type (SQLite hands integers as long, whatever the column).</summary>
    private static object? ToTarget(object? value, string type) => value switch
    {
        null => null,
        long n when type == "integer" => checked((int)n),
        long n when type == "smallint" => checked((short)n),
        long n when type == "boolean" => n != 0,
        long n when type is "double precision" or "real" => (double)n,
        string s when type == "bytea" => System.Text.Encoding.UTF8.GetBytes(s),
        IFormattable f when type == "text" => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s.Replace('\0', '\uFFFD'),
        _ => value,
    };

    private static string Text(object? value) => value switch
    {
        null => "<null>",
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>One table copied: its name and rows.</summary>
public sealed record TableCopied(string Table, long Rows);

/// <summary>The copy was refused before anything was written (a non-empty target, a source that is not SQLite).</summary>
public sealed class StoreCopyRefusedException : Exception
{
    public StoreCopyRefusedException()
    {
    }

    public StoreCopyRefusedException(string message)
        : base(message)
    {
    }

    public StoreCopyRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
