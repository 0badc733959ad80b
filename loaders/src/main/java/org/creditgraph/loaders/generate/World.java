package org.creditgraph.loaders.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.creditgraph.loaders.generate.RefData.District;
import org.creditgraph.loaders.generate.RefData.Industry;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.Uscc;

/**
 * The synthetic world of one (scale, seed): every enterprise and person is a pure function of its
 * index, so the generator can stream and anything can be looked up again without storing rows.
 *
 * <ul>
 *   <li>Enterprises {@code 0 .. scale-1}.
 *   <li>Persons: person {@code i < scale} is the (founding) legal representative of enterprise
 *       {@code i}; then ceil(scale/3) professional principals (主要负责人), each of exactly one
 *       enterprise; a pool of scale/7 staff (safety managers, never principals); then, indexed by
 *       enterprise, its earlier legal representative and up to four successors who replace
 *       dismissed or convicted principals (only those that occur appear in the data). Directors,
 *       supervisors and shareholders are drawn from the first three groups.
 * </ul>
 *
 * So everyone who can become a principal is tied to a single enterprise, and nobody banned under
 * D5 leads another enterprise by chance: the only ban breaches in the data are the scripted
 * {@link Stories}.
 *
 * Identifiers are unique by construction (affine permutations), valid per D1, and change with the
 * seed.
 */
public final class World {

    /** The largest scale the generator accepts. */
    public static final int MAX_SCALE = 10_000_000;

    static final long SALT_ENTERPRISE = 1;
    static final long SALT_PERSON = 2;
    static final long SALT_PLAN = 3;
    static final long SALT_BAD = 4;
    static final long SALT_STORY = 5;
    static final long SALT_SHOP = 6;

    private static final long ORG_SPACE = 31L * 31 * 31 * 31 * 31 * 31 * 31 * 31;
    private static final LocalDate BIRTH_FIRST = LocalDate.of(1950, 1, 1);
    private static final long BIRTH_DAYS = ChronoUnit.DAYS.between(BIRTH_FIRST, LocalDate.of(2001, 1, 1));
    /** (region, birth day, sequence) triples: every person index maps to a distinct one. */
    private static final long ID_SPACE = RefData.DISTRICTS.size() * BIRTH_DAYS * 1000;

    private static final LocalDate FOUNDED_FIRST = LocalDate.of(1998, 1, 1);
    private static final int FOUNDED_DAYS = (int) ChronoUnit.DAYS.between(FOUNDED_FIRST, LocalDate.of(2024, 7, 1));

    private final int scale;
    private final long seed;
    private final int principalBase;
    private final int staffBase;
    private final int staffCount;
    private final int formerBase;
    private final int successorBase;
    private final long orgA;
    private final long orgB;
    private final long idA;
    private final long idB;
    private final long prinA;
    private final long prinB;

    private World(int scale, long seed) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be between 1 and " + MAX_SCALE + ", got " + scale);
        }
        this.scale = scale;
        this.seed = seed;
        this.principalBase = scale;
        this.staffBase = scale + (scale + 2) / 3;
        this.staffCount = Math.max(1, scale / 7);
        this.formerBase = staffBase + staffCount;
        this.successorBase = formerBase + scale;
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x5DEECE66DL));
        this.orgA = coprime(1 + r.nextLong(1L << 36), ORG_SPACE);
        this.orgB = r.nextLong(ORG_SPACE);
        this.idA = coprime(1 + r.nextLong(1L << 31), ID_SPACE);
        this.idB = r.nextLong(ID_SPACE);
        this.prinA = coprime(1 + r.nextLong(1L << 31), scale);
        this.prinB = r.nextLong(scale);
    }

    public static World of(int scale, long seed) {
        return new World(scale, seed);
    }

    public int scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    /** Size of the person index space (not all of them appear in the data). */
    public int personCount() {
        return successorBase + 4 * scale;
    }

    /** Persons who may be drawn at random as directors, supervisors, shareholders. */
    int corePersonCount() {
        return formerBase;
    }

    /** The USCC of enterprise {@code index} (valid per D1). */
    public String enterpriseUscc(int index) {
        return enterprise(index).uscc();
    }

    public String enterpriseName(int index) {
        return enterprise(index).name();
    }

    /** The resident ID number of person {@code index} (valid per D1). */
    public String personIdNumber(int index) {
        return person(index).idNumber();
    }

    public String personName(int index) {
        return person(index).name();
    }

    // ---------------------------------------------------------------------------------------------

    /** An enterprise's master data. */
    record Ent(
            int index,
            String uscc,
            String name,
            String formerNames,
            District district,
            Industry industry,
            String status,
            LocalDate founded,
            String registrationNumber) {}

    /** A natural person. */
    record Person(int index, String name, String idNumber) {}

    Ent enterprise(int i) {
        SplittableRandom r = rng(SALT_ENTERPRISE, i);
        District district = RefData.DISTRICTS.get(r.nextInt(RefData.DISTRICTS.size()));
        Industry industry = pickIndustry(r);
        LocalDate founded = FOUNDED_FIRST.plusDays(r.nextInt(FOUNDED_DAYS));
        int s = r.nextInt(100);
        String status = s < 55 ? "存续" : s < 88 ? "在业" : s < 94 ? "吊销" : "注销";
        Stories.Override o = Stories.override(this, i);
        if (o != null) {
            district = RefData.district(o.district());
            industry = RefData.industry(o.industry());
            founded = o.founded();
            status = o.status();
        }
        String name = companyName(r, district, industry, o != null && o.group());
        String former = "";
        if (r.nextInt(100) < 10) {
            former = formerName(r, district, industry, name);
            if (r.nextInt(100) < 25) {
                String second = formerName(r, district, industry, name);
                if (!second.equals(former)) {
                    former = former + ";" + second;
                }
            }
        }
        String uscc = usccFor(district.code(), i);
        String regNo = "";
        if (founded.isBefore(LocalDate.of(2015, 10, 1)) && r.nextInt(100) < 70) {
            regNo = registrationNumber(district.code(), r);
        }
        return new Ent(i, uscc, name, former, district, industry, status, founded, regNo);
    }

    /** D1: {@code 91} (工商, 企业) + region + organisation code + check character. */
    String usccFor(String region, long orgIndex) {
        return Uscc.withCheckCharacter(
                "91" + region + RefData.orgCode(Math.floorMod(orgA * orgIndex + orgB, ORG_SPACE)));
    }

    Person person(int p) {
        SplittableRandom r = rng(SALT_PERSON, p);
        long x = Math.floorMod(idA * p + idB, ID_SPACE);
        District d = RefData.DISTRICTS.get((int) (x % RefData.DISTRICTS.size()));
        x /= RefData.DISTRICTS.size();
        LocalDate birth = BIRTH_FIRST.plusDays(x / 1000);
        int seq = (int) (x % 1000);
        StringBuilder id = new StringBuilder(18).append(d.code());
        id.append(birth.getYear());
        pad2(id, birth.getMonthValue());
        pad2(id, birth.getDayOfMonth());
        if (seq < 100) {
            id.append('0');
        }
        if (seq < 10) {
            id.append('0');
        }
        id.append(seq);
        String idNumber = ResidentId.withCheckCharacter(id.toString());
        StringBuilder name = new StringBuilder(4);
        if (r.nextInt(100) < 2) {
            name.append(RefData.COMPOUND_SURNAMES[r.nextInt(RefData.COMPOUND_SURNAMES.length)]);
        } else {
            name.append(RefData.SURNAMES.charAt(skewed(r, RefData.SURNAMES.length())));
        }
        name.append(RefData.GIVEN.charAt(r.nextInt(RefData.GIVEN.length())));
        if (r.nextInt(100) < 70) {
            name.append(RefData.GIVEN.charAt(r.nextInt(RefData.GIVEN.length())));
        }
        return new Person(p, name.toString(), idNumber);
    }

    /** The professional principal of enterprise {@code i}, or -1 when its legal representative leads it. */
    int separatePrincipal(int i) {
        long q = Math.floorMod(prinA * i + prinB, (long) scale);
        return q % 3 == 0 ? principalBase + (int) (q / 3) : -1;
    }

    /** A staff-pool person (safety managers) chosen by {@code r}. */
    int staffPerson(SplittableRandom r) {
        return staffBase + r.nextInt(staffCount);
    }

    /** The legal representative of enterprise {@code i} before a change of legal representative. */
    int formerLegalRep(int i) {
        return formerBase + i;
    }

    /** The {@code k}-th successor (0..3) to the offices of a removed principal of enterprise {@code i}. */
    int successor(int i, int k) {
        if (k > 3) {
            throw new IllegalStateException("enterprise " + i + " needs more than 4 successors");
        }
        return successorBase + 4 * i + k;
    }

    SplittableRandom rng(long salt, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(salt * 0xD1B54A32D192ED03L + index)));
    }

    // ---------------------------------------------------------------------------------------------

    private static Industry pickIndustry(SplittableRandom r) {
        int total = 0;
        for (int w : RefData.INDUSTRY_WEIGHTS) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int k = 0; k < RefData.INDUSTRY_WEIGHTS.length; k++) {
            x -= RefData.INDUSTRY_WEIGHTS[k];
            if (x < 0) {
                return RefData.INDUSTRIES[k];
            }
        }
        throw new AssertionError();
    }

    private static String companyName(SplittableRandom r, District d, Industry ind, boolean group) {
        StringBuilder b = new StringBuilder(20).append(d.city().shortName);
        b.append(brand(r));
        b.append(ind.nameWords()[r.nextInt(ind.nameWords().length)]);
        int s = r.nextInt(100);
        if (group) {
            b.append("集团有限公司");
        } else if (s < 62) {
            b.append("有限公司");
        } else if (s < 84) {
            b.append("有限责任公司");
        } else if (s < 93) {
            b.append("股份有限公司");
        } else {
            b.append("集团有限公司");
        }
        return b.toString();
    }

    private static String formerName(SplittableRandom r, District d, Industry ind, String current) {
        int k = r.nextInt(3);
        String word = ind.nameWords()[r.nextInt(ind.nameWords().length)];
        if (k == 0) {
            // the old factory name before the company was restructured
            return d.city().shortName + brand(r) + word + "厂";
        }
        if (k == 1) {
            return d.city().name + brand(r) + word + "有限公司";
        }
        String renamed = current.replace("股份有限公司", "有限公司").replace("集团有限公司", "有限公司");
        return renamed.equals(current) ? d.city().shortName + brand(r) + word + "有限责任公司" : renamed;
    }

    private static String brand(SplittableRandom r) {
        String chars = RefData.BRAND_CHARS;
        char a = chars.charAt(r.nextInt(chars.length()));
        char b = chars.charAt(r.nextInt(chars.length()));
        return b == a ? String.valueOf(a) + chars.charAt((chars.indexOf(a) + 7) % chars.length()) : "" + a + b;
    }

    /** 15-digit registration number (工商注册号) with its ISO 7064 MOD 11,10 check digit. */
    private static String registrationNumber(String region, SplittableRandom r) {
        StringBuilder b = new StringBuilder(15).append(region);
        b.append(r.nextInt(2));
        for (int k = 0; k < 7; k++) {
            b.append(r.nextInt(10));
        }
        int p = 10;
        for (int k = 0; k < 14; k++) {
            int s = (p + (b.charAt(k) - '0')) % 10;
            if (s == 0) {
                s = 10;
            }
            p = (s * 2) % 11;
        }
        b.append((11 - p) % 10);
        return b.toString();
    }

    /** Favours the first characters of a frequency-ordered list. */
    static int skewed(SplittableRandom r, int n) {
        double u = r.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static void pad2(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }

    private static long coprime(long a, long m) {
        long x = a;
        while (gcd(x, m) != 1) {
            x++;
        }
        return x;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
