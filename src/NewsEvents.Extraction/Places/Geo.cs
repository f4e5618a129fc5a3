namespace NewsEvents.Extraction.Places;

internal static class Geo
{
    /// <summary>Great-circle distance (haversine) in km; <see cref="double.MaxValue"/> when either has no coordinates.</summary>
    public static double Kilometres(GazetteerEntry a, GazetteerEntry b)
    {
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2) return double.MaxValue;
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(h));
    }
}
