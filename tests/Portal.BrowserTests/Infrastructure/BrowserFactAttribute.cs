namespace Portal.BrowserTests.Infrastructure;

// xunit 2 decides skipping from the attribute alone (no Assert.Skip before v3), so the attribute asks Chromium.

/// <summary>A test in a real browser: skipped, with how to install Chromium, only on a machine without it and outside CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory in a real browser: skipped like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
