return 0; // Exists only to host the EF design-time tools; see the csproj.
