using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace PortMailBot.Web.Tests.Support;

/// <summary>Debian's headless Chromium driven through its chromedriver: nothing is downloaded.</summary>
internal static class Browser
{
    public static ChromeDriver Start()
    {
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1800", "--lang=en-US");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return driver;
    }

    /// <summary>A screenshot for the docs, under artifacts/screenshots of the repository.</summary>
    public static void Save(ITakesScreenshot driver, string name)
    {
        var folder = Path.Combine(PortMailBot.TestData.RepoPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name));
    }
}
