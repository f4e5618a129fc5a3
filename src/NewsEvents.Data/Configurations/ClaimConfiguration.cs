using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.Property(c => c.Speaker).HasMaxLength(300);
        claim.Property(c => c.SpeakerActor).HasMaxLength(200);
        claim.Property(c => c.Verb).HasMaxLength(50);
        claim.Property(c => c.Stance).HasMaxLength(40);

        claim.HasIndex(c => c.ArticleId);
        claim.HasIndex(c => c.EventId);
        claim.HasIndex(c => c.SpeakerActor);
        claim.HasIndex(c => c.Stance);
    }
}
