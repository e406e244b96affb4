using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace PortMailBot.Configuration;

/// <summary>Finds every setting whose value cannot be read as its option's type (<c>Imap:Port=abc</c>,
/// <c>Imap:Security=Bogus</c>, <c>Workflow:ExtraHolidays:0=xmas</c>). The configuration binder throws on
/// the first such value of a section; here each value is checked alone, so one start names them all.</summary>
internal static class ConfigurationTypeCheck
{
    private const int MaxShownValueLength = 60;
    private const string LoggingSection = "Logging";

    public static List<string> Problems(IConfiguration configuration, IEnumerable<ConfiguredSection> sections)
    {
        var problems = new List<string>();
        foreach (var section in sections)
        {
            foreach (var (key, value) in configuration.GetSection(section.Name).AsEnumerable(makePathsRelative: true))
            {
                if (value is null)
                {
                    continue;
                }

                if (Problem(section.OptionsType, key, value) is { } expected)
                {
                    problems.Add($"{section.Name}:{key}: '{Shown(value)}' is not {expected}.");
                }
            }
        }

        problems.AddRange(LogLevelProblems(configuration));
        return problems;
    }

    /// <summary>Log levels (<c>Logging:LogLevel:Default</c>, <c>Logging:Console:LogLevel:X</c>) that are not a
    /// <see cref="LogLevel"/>. Each is also cleared, as if not set: the logging setup throws on it when the host
    /// is built, and the host is still built to list the validators' failures with it.</summary>
    private static List<string> LogLevelProblems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var logging = configuration.GetSection(LoggingSection);
        foreach (var (key, value) in logging.AsEnumerable(makePathsRelative: true).ToList())
        {
            var segments = key.Split(ConfigurationPath.KeyDelimiter);
            if (value is { Length: > 0 } && segments.Length >= 2
                && segments[^2].Equals(nameof(LogLevel), StringComparison.OrdinalIgnoreCase)
                && !Enum.TryParse<LogLevel>(value, ignoreCase: true, out _))
            {
                problems.Add($"{LoggingSection}:{key}: '{Shown(value)}' is not {Expected(typeof(LogLevel))}.");
                logging[key] = "";
            }
        }

        return problems;
    }

    /// <summary>What the value should be, when it cannot be read; null when it can.</summary>
    private static string? Problem(Type optionsType, string key, string value)
    {
        if (value.Length > 0 && TargetType(optionsType, key) is { } type && TypeDescriptor.GetConverter(type) is { } converter && converter.CanConvertFrom(typeof(string)))
        {
            // The converter the binder uses; checked here because the binder silently drops a list item it
            // cannot read (Workflow:ExtraHolidays:0=xmas) and stops at the first bad value of a section.
            try
            {
                converter.ConvertFromInvariantString(value);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
            {
                return Expected(type);
            }
        }

        // And the binder itself, alone on this value: whatever it refuses is refused here too.
        var alone = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        try
        {
            alone.Get(optionsType);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return TargetType(optionsType, key) is { } target ? Expected(target) : "readable here (" + (ex.InnerException?.Message ?? ex.Message) + ")";
        }
    }

    /// <summary>The type the value at <paramref name="key"/> (relative to the section) binds to, or null.</summary>
    private static Type? TargetType(Type type, string key)
    {
        Type? current = type;
        foreach (var segment in key.Split(ConfigurationPath.KeyDelimiter))
        {
            if (current is null)
            {
                return null;
            }

            current = ElementType(current) is { } element && current != typeof(string)
                ? element
                : current.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return current is null ? null : Nullable.GetUnderlyingType(current) ?? current;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType)
        {
            return null;
        }

        var arguments = type.GetGenericArguments();
        return arguments[^1];
    }

    private static string Expected(Type type)
    {
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 or TypeCode.Byte => "a whole number",
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "a number",
            TypeCode.Boolean => "true or false",
            _ when type == typeof(TimeSpan) => "a duration such as 00:05:00",
            _ when type == typeof(DateOnly) => "a day written YYYY-MM-DD",
            _ => "a valid " + type.Name,
        };
    }

    /// <summary>The value as typed, short and on one line (it may be anything).</summary>
    private static string Shown(string value)
    {
        var oneLine = new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length <= MaxShownValueLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxShownValueLength), "…");
    }
}
