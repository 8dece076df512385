namespace Portal.Web;

/// <summary>Marker for the interface strings in Resources/SharedResource*.resx.</summary>
public sealed class SharedResource;
