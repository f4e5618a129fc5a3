using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> location)
    {
        location.Property(l => l.Key).HasMaxLength(300);
        location.Property(l => l.Name).HasMaxLength(200);
        location.Property(l => l.Country).HasMaxLength(2);
        location.Property(l => l.Admin1).HasMaxLength(200);
        location.Property(l => l.Precision).HasMaxLength(20);
        location.Property(l => l.Kind).HasMaxLength(30);
        location.Property(l => l.Parent).HasMaxLength(200);

        location.HasIndex(l => l.Key).IsUnique();
        location.HasIndex(l => l.Name);
        location.HasIndex(l => new { l.Country, l.Admin1 });
        location.HasIndex(l => l.GeonameId);
    }
}

internal sealed class ArticleLocationConfiguration : IEntityTypeConfiguration<ArticleLocation>
{
    public void Configure(EntityTypeBuilder<ArticleLocation> mention)
    {
        mention.HasKey(m => new { m.ArticleId, m.LocationId });
        mention.Property(m => m.Text).HasMaxLength(200);
        mention.Property(m => m.Spans).HasSpanListConversion();
        mention.HasOne(m => m.Location).WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
        mention.HasIndex(m => m.LocationId);
    }
}
