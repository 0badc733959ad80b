// D1: the organisation code each enterprise's USCC embeds (GB 32100 positions 9–17), for the links
// of listings that give only that code (GB 11714). The loaders set it on new enterprises.
MATCH (e:Enterprise) WHERE e.orgCode IS NULL AND size(e.uscc) = 18 SET e.orgCode = substring(e.uscc, 8, 9);
