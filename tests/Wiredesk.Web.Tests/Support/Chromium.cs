using OpenQA.Selenium.Chrome;

namespace Wiredesk.Web.Tests.Support;

/// <summary>
/// Headless Debian chromium driven through chromedriver. WIREDESK_CHROMIUM and WIREDESK_CHROMEDRIVER name the two programs
/// (defaults /usr/bin/chromium and /usr/bin/chromedriver); a test skips, saying so, when either is missing.
/// </summary>
internal static class Chromium
{
    public static string Browser => Environment.GetEnvironmentVariable("WIREDESK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string Driver => Environment.GetEnvironmentVariable("WIREDESK_CHROMEDRIVER") is { Length: > 0 } path ? path : "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        Assert.SkipUnless(File.Exists(Browser) && File.Exists(Driver),
            $"chromium or chromedriver is missing ({Browser}, {Driver}): install Debian's chromium and chromium-driver (.ci/setup.d/10-chromium.sh does) or set WIREDESK_CHROMIUM and WIREDESK_CHROMEDRIVER.");
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
