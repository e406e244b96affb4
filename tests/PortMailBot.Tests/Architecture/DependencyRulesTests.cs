using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace PortMailBot.Tests.Architecture;

/// <summary>The allowed dependency directions (docs/architecture.md), so they stay: the command line on top,
/// then the daemon, then the intake engine; the OCR engine plugs into the intake's seam; inside each project,
/// namespaces depend one way only (no cycles).</summary>
public sealed partial class DependencyRulesTests
{
    private const string Intake = "PortMailBot.Intake";
    private const string Daemon = "PortMailBot.Daemon";

    private static readonly ArchUnitNET.Domain.Architecture Code = new ArchLoader()
        .LoadAssemblies(
            typeof(Intake.IntakePipeline).Assembly,
            typeof(Daemon.Processing.MessageProcessor).Assembly,
            typeof(Ocr.TesseractOcrEngine).Assembly,
            typeof(PortMailBot.Commands.CheckCommand).Assembly,
            typeof(Web.Hosting.WebConsoleService).Assembly)
        .Build();

    /// <summary>Each first-level namespace of a project (<c>Intake.Documents</c> with all below it) is one
    /// node; a cycle between nodes is reported with one type dependency of each of its edges.</summary>
    [Theory]
    [InlineData(Intake)]
    [InlineData(Daemon)]
    public void Namespaces_of_one_project_have_no_cycles(string project)
    {
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in Code.Types)
        {
            if (Area(project, type.Namespace.FullName) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (Area(project, dependency.Target.Namespace.FullName) is { } to && to != from)
                {
                    edges.TryAdd(from, new Dictionary<string, string>(StringComparer.Ordinal));
                    edges[from].TryAdd(to, $"{type.FullName} -> {dependency.Target.FullName}");
                }
            }
        }

        var cycles = new List<string>();
        foreach (var (from, targets) in edges)
        {
            foreach (var (to, example) in targets)
            {
                if (string.CompareOrdinal(from, to) < 0 && edges.TryGetValue(to, out var back) && back.TryGetValue(from, out var backExample))
                {
                    cycles.Add($"{from} <-> {to}: {example}; {backExample}");
                }
                else if (Reaches(edges, to, from, [from]) && !(edges.TryGetValue(to, out var direct) && direct.ContainsKey(from)))
                {
                    cycles.Add($"{from} -> {to} -> ... -> {from}: {example}");
                }
            }
        }

        Assert.NotEmpty(edges); // the types were loaded
        Assert.Empty(cycles);
    }

    private static string? Area(string project, string ns) =>
        ns.StartsWith(project + ".", StringComparison.Ordinal) ? ns[(project.Length + 1)..].Split('.')[0] : null;

    private static bool Reaches(Dictionary<string, Dictionary<string, string>> edges, string from, string target, HashSet<string> seen)
    {
        if (from == target)
        {
            return true;
        }

        return seen.Add(from) && edges.TryGetValue(from, out var next) && next.Keys.Any(n => Reaches(edges, n, target, seen));
    }

    [Fact]
    public void Intake_depends_on_neither_the_daemon_nor_the_ocr_engine() =>
        Types().That().ResideInNamespaceMatching(Intake + "(\\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching("PortMailBot\\.(Daemon|Ocr|Commands|Configuration)(\\..*)?$"))
            .Check(Code);

    [Fact]
    public void Daemon_does_not_depend_on_the_command_line() =>
        Types().That().ResideInNamespaceMatching(Daemon + "(\\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching("PortMailBot\\.(Commands|Configuration)(\\..*)?$"))
            .Check(Code);

    [Theory]
    [InlineData("Storage", "Processing|Workflow|Replies|Dispatch|Mailboxes|Scheduling")]
    [InlineData("Replies", "Processing|Workflow|Dispatch|Scheduling")]
    // The workflow queues replies and says so (Replies.IOutboxSignal); it never calls the dispatcher.
    [InlineData("Workflow", "Processing|Scheduling|Dispatch")]
    [InlineData("Processing", "Scheduling")]
    [InlineData("Dispatch", "Processing|Workflow|Scheduling")]
    [InlineData("Mailboxes", "Processing|Workflow|Replies|Scheduling")]
    public void Daemon_layer_depends_only_downward(string layer, string above) =>
        Types().That().ResideInNamespaceMatching($"{Daemon}\\.{layer}(\\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($"{Daemon}\\.({above})(\\..*)?$"))
            .Check(Code);

    /// <summary>Storage owns all SQL: no type outside it holds a command, a connection, a reader or a
    /// transaction of ADO.NET, nor calls the helper that runs SQL.</summary>
    [Fact]
    public void Only_storage_runs_SQL()
    {
        string[] SqlDependencies(Func<string, bool> inNamespace) => Code.Types
            .Where(t => inNamespace(t.Namespace.FullName))
            .SelectMany(t => t.Dependencies
                .Where(d => SqlType().IsMatch(d.Target.FullName))
                .Select(d => $"{t.FullName} -> {d.Target.FullName}"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        bool IsStorage(string ns) => ns == Daemon + ".Storage" || ns.StartsWith(Daemon + ".Storage.", StringComparison.Ordinal);

        // The rule sees a dependency where there is one.
        Assert.NotEmpty(SqlDependencies(IsStorage));
        Assert.Empty(SqlDependencies(ns => ns.StartsWith("PortMailBot", StringComparison.Ordinal) && !IsStorage(ns)));
    }

    [GeneratedRegex(@"^(System\.Data\.Common\.(DbCommand|DbConnection|DbDataReader|DbTransaction)|PortMailBot\.Daemon\.Storage\.Db)$")]
    private static partial Regex SqlType();
}
