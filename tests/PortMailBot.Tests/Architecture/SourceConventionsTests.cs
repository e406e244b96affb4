using System.Text.RegularExpressions;
using PortMailBot.TestData;

namespace PortMailBot.Tests.Architecture;

/// <summary>Conventions a reviewer would otherwise have to remember: small source files, and one way of
/// naming tests (a sentence, words joined by underscores, acronyms kept in capitals).</summary>
public sealed partial class SourceConventionsTests
{
    private const int MaxLines = 400;

    [Fact]
    public void No_source_file_is_over_400_lines()
    {
        var tooLong = SourceFiles("src", "tests", "benchmarks")
            .Select(path => (path, lines: File.ReadLines(path).Count()))
            .Where(file => file.lines > MaxLines)
            .Select(file => $"{Relative(file.path)}: {file.lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, "Over " + MaxLines + " lines:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void Every_test_is_named_as_a_sentence()
    {
        var misnamed = SourceFiles("tests")
            .SelectMany(path => TestDeclaration().Matches(File.ReadAllText(path))
                .Select(match => match.Groups["name"].Value)
                .Where(name => !IsSentence(name))
                .Select(name => $"{Relative(path)}: {name}"))
            .ToList();

        Assert.True(misnamed.Count == 0, "Tests not named as a sentence:\n" + string.Join('\n', misnamed));
    }

    /// <summary>Code shared between projects lives in tests/Shared; a project that compiled another project's
    /// file would tie the two together behind the solution's back.</summary>
    [Fact]
    public void No_project_compiles_a_file_of_another_project()
    {
        var shared = Path.Combine(RepoPaths.Root, "tests", "Shared") + Path.DirectorySeparatorChar;
        var projects = Directory.EnumerateFiles(RepoPaths.Root, "*.csproj", SearchOption.AllDirectories).ToList();
        var borrowed = projects
            .SelectMany(project => CompileInclude().Matches(File.ReadAllText(project))
                .Select(match => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, match.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar))))
                .Where(file => !file.StartsWith(Path.GetDirectoryName(project)! + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !file.StartsWith(shared, StringComparison.Ordinal))
                .Select(file => $"{Relative(project)} compiles {Relative(file)}"))
            .ToList();

        Assert.NotEmpty(projects);
        Assert.True(borrowed.Count == 0, "Files compiled from another project:\n" + string.Join('\n', borrowed));
    }

    [Theory]
    [InlineData("A_french_request_is_answered_in_french", true)]
    [InlineData("Types_NANP_shaped_numbers_that_are_not_valid", true)]
    [InlineData("A_50_MB_attachment_is_refused_not_read", true)]
    [InlineData("Utf8_without_declared_charset_is_decoded", true)]
    [InlineData("AFrenchRequestIsAnsweredInFrench", false)]
    [InlineData("Check_WithContainmentOptions_Refuses", false)]
    [InlineData("a_lowercase_start", false)]
    public void A_sentence_is_told_from_other_styles(string name, bool sentence) => Assert.Equal(sentence, IsSentence(name));

    /// <summary>The first word capitalised, every later word in lower case or an acronym in capitals;
    /// digits may end a word (<c>Utf8</c>) or stand alone.</summary>
    private static bool IsSentence(string name) => Sentence().IsMatch(name);

    private static IEnumerable<string> SourceFiles(params string[] folders) => folders
        .Select(folder => Path.Combine(RepoPaths.Root, folder))
        .Where(Directory.Exists)
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path);

    [GeneratedRegex(@"\[(?:Fact|Theory)\b[^\]]*\](?:\s*\[[^\]]*\])*\s*public\s+(?:async\s+)?(?:Task|void|ValueTask)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestDeclaration();

    [GeneratedRegex(@"<Compile\s+Include=""(?<path>[^""]+)""")]
    private static partial Regex CompileInclude();

    [GeneratedRegex(@"^(?:[A-Z][a-z]*\d*|[A-Z]+\d*|\d+)(?:_(?:[a-z]+\d*|[A-Z]{2,}\d*|\d+[a-z]*))*$")]
    private static partial Regex Sentence();
}
