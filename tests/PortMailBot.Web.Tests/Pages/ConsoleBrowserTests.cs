using System.Net;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using PortMailBot.Web.Tests.Support;

namespace PortMailBot.Web.Tests.Pages;

/// <summary>The console in a real browser (headless Chromium), served by the daemon's host on a loopback port,
/// over a real SQLite file, with the customer's mail going through real Postfix and Dovecot.</summary>
public sealed class ConsoleBrowserTests(ConsoleBed bed) : IClassFixture<ConsoleBed>
{
    /// <summary>The start of each check's line in <c>/readyz</c> after a round against the mail bed.</summary>
    private static readonly string[] ReadinessLines =
    [
        "database: Healthy", "imap: Healthy (last IMAP contact", "outbox: Healthy", "poll: Healthy (Last poll",
        "smtp: Healthy (last SMTP connection", "tokens: Healthy (no OAuth token to renew)",
    ];

    [Fact]
    public async Task An_operator_signs_in_sees_the_evidence_and_approves_and_the_customer_gets_the_reply()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var console = await ConsoleHost.StartAsync(bed, ct);

        // A complete request arrives and is checked: in review.
        await bed.SendAsync(TestRequests.Complete(ConsoleBed.Customer), ct);
        await bed.WaitForAsync(ConsoleBed.Bot, 1, ct);
        await console.RunOnceAsync(ct);
        var checkedReply = Assert.Single(await bed.WaitForAsync(ConsoleBed.Customer, 1, ct));
        Assert.Equal("in-review", checkedReply.Headers["X-PortMailBot-State"]);
        var id = checkedReply.Headers["X-PortMailBot-Request"] ?? "";
        Assert.NotEmpty(id);

        using var driver = Browser.Start();
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(30));

        // An anonymous visitor is sent to the sign-in page.
        await driver.Navigate().GoToUrlAsync(new Uri(console.BaseUrl + "/"));
        Assert.Contains("/account/sign-in", driver.Url, StringComparison.Ordinal);
        driver.FindElement(By.Id("email")).SendKeys(ConsoleBed.Operator);
        driver.FindElement(By.Id("password")).SendKeys(ConsoleHost.OperatorPassword);
        driver.FindElement(By.CssSelector("form.card button[type=submit]")).Click();

        // The queue shows the request in review with its SLA countdown.
        var link = wait.Until(d => d.FindElements(By.LinkText(id)).FirstOrDefault());
        Assert.NotNull(link);
        Assert.Contains("business days left", driver.FindElement(By.CssSelector("table.queue")).Text, StringComparison.Ordinal);
        Browser.Save(driver, "console-queue.png");

        // The request page: the verdict, and the documents' pages with the spots where values were read.
        link.Click();
        wait.Until(d => d.FindElements(By.Id("verdict-title")).Count > 0);
        Assert.Contains(id, driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        var marks = driver.FindElements(By.CssSelector("figure.evidence svg rect.mark"));
        Assert.NotEmpty(marks);
        var picture = driver.FindElement(By.CssSelector("figure.evidence svg image"));
        Assert.True((bool)((IJavaScriptExecutor)driver).ExecuteScript("return arguments[0].getBBox().width > 0", picture)!);
        Browser.Save(driver, "console-request.png");

        // A form posted without its antiforgery token is refused, even with the operator's session.
        var session = driver.Manage().Cookies.GetCookieNamed("portmailbot.session");
        Assert.NotNull(session);
        using (var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false, CheckCertificateRevocationList = true })
        using (var http = new HttpClient(handler))
        {
            using var forged = new HttpRequestMessage(HttpMethod.Post, $"{console.BaseUrl}/requests/{id}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "approve" }),
            };
            forged.Headers.Add("Cookie", $"{session.Name}={session.Value}");
            var refused = await http.SendAsync(forged, ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // Approve from the console: the customer's reply arrives through the mail bed.
        driver.FindElement(By.Id("do-approve")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("p.done")).Count > 0);
        var replies = await bed.WaitForAsync(ConsoleBed.Customer, 2, ct);
        Assert.Equal(2, replies.Count);
        Assert.Equal("approved", replies[^1].Headers["X-PortMailBot-State"]);
        Assert.Equal(id, replies[^1].Headers["X-PortMailBot-Request"]);
        Assert.Contains("web", driver.FindElement(By.Id("history-title")).FindElement(By.XPath("..")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_posted_without_its_antiforgery_token_is_refused()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var console = await ConsoleHost.StartAsync(bed, ct);
        using var plain = new HttpClientHandler { CheckCertificateRevocationList = true };
        using var http = new HttpClient(plain);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = ConsoleBed.Operator, ["password"] = ConsoleHost.OperatorPassword });

        var response = await http.PostAsync(new Uri(console.BaseUrl + "/account/sign-in"), form, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("portmailbot.session", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_operations_endpoints_answer_without_sign_in_and_pages_need_it()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var console = await ConsoleHost.StartAsync(bed, ct);
        await console.RunOnceAsync(ct); // an IMAP contact, as the running daemon has
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CheckCertificateRevocationList = true };
        using var http = new HttpClient(handler);

        var alive = await http.GetAsync(new Uri(console.BaseUrl + "/healthz"), ct);
        var readiness = await http.GetAsync(new Uri(console.BaseUrl + "/readyz"), ct);
        var ready = await readiness.Content.ReadAsStringAsync(ct);
        var dashboard = await http.GetAsync(new Uri(console.BaseUrl + "/dashboard"), ct);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.StartsWith("Healthy\n", ready, StringComparison.Ordinal);
        foreach (var line in ReadinessLines)
        {
            Assert.Contains("\n" + line, ready, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Contains("/account/sign-in", dashboard.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", alive.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
