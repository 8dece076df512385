using Microsoft.Extensions.Options;

namespace Portal.Web.Infrastructure;

/// <summary>
/// Validates the settings before the host starts, so that a wrong one reads as one line naming it, not as the host's
/// stack trace.
/// </summary>
public static class SettingsCheck
{
    public static bool HasValidSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception e) when (Failures(e) is { Count: > 0 } failures)
        {
            app.Logger.LogCritical("Not started, a setting is wrong: {Failures}", string.Join(" ", failures));
            return false;
        }
    }

    private static List<string> Failures(Exception e) => e switch
    {
        OptionsValidationException one => [.. one.Failures],
        AggregateException all when all.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            [.. all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures)],
        _ => [],
    };
}
