using System.Globalization;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Web.Localization;

/// <summary>The console's words in French (English is the key itself): <c>T("Queue")</c> in a page says
/// "File d'attente" to an operator whose language is French.</summary>
public static class ConsoleText
{
    public static string T(string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" && ConsoleFrench.Words.TryGetValue(english, out var french) ? french : english;

    /// <summary>A request state, a reason code or an action as an operator reads it.</summary>
    public static string Term(string code) => T(ConsoleTerms.English.TryGetValue(code, out var english) ? english : code);

    /// <summary>A request state as an operator reads it.</summary>
    public static string Term(PortState state) => Term(state.Name());

    /// <summary>An action as an operator reads it.</summary>
    public static string Term(WorkflowAction action) => Term(action.Name());

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
}
