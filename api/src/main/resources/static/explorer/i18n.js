// Every UI string of the explorer, Chinese (default) and English. The choice is kept in localStorage.
export const DICT = {
  zh: {
    brand: '信用图谱', navSearch: '搜索', navStats: '统计', apiKey: 'API 密钥',
    searchPlaceholder: '输入企业名称、曾用名或统一社会信用代码前缀', searchHint: '按名称、曾用名或统一社会信用代码前缀搜索',
    results: '共 {n} 条结果', noResults: '无结果', loading: '加载中…', failed: '请求失败：{msg}', more: '更多结果',
    enterprise: '企业', person: '自然人', uscc: '统一社会信用代码', formerNames: '曾用名', region: '行政区划',
    industry: '行业', status: '登记状态', foundedOn: '成立日期', invalidCheckDigit: '校验位不正确',
    notFound: '未找到', idNumber: '证件号码', idType: '证件类型',
    sanctionCheck: '联合惩戒核查', domain: '核查领域', asOf: '基准日', check: '核查', verdict: '结论',
    subjectNotFound: '图谱中无此主体记录', reasons: '原因', measures: '惩戒措施', legalBasis: '法律依据',
    listing: '名单', listedOn: '列入日期', expiresOn: '届满日期', removedOn: '移出日期', restoredOn: '恢复日期',
    authority: '认定部门', basis: '认定依据', path: '控制路径', ban: '从业禁止', banFrom: '起始', banUntil: '截止',
    lifetime: '终身', criterion: '列入条件', records: '相关记录', inForceUntil: '有效至', dataVersion: '数据版本',
    share: '持股', timeline: '时间线', penalty: '行政处罚', accident: '生产安全事故', deaths: '死亡 {n} 人',
    fine: '罚款 {n} 元', noEvents: '暂无处罚、事故或名单记录', graph: '关系图谱',
    graphHint: '单击节点展开其关联方；双击节点打开其详情页。', roles: '任职人员', investors: '股东', investments: '对外投资',
    downloadPenalties: '下载行政处罚 (CSV)', openProfile: '打开详情',
    stats: '统计', penaltiesBy: '行政处罚：按{dim}', accidentsBy: '生产安全事故：按{dim}',
    count: '数量', fineTotal: '罚款总额 (元)', deathsTotal: '死亡人数', statsFailed: '统计查询不可用：{msg}',
    YEAR: '年份', REGION: '地区', INDUSTRY: '行业', PENALTY_TYPE: '处罚类别', AUTHORITY: '处罚机关', GRADE: '事故等级',
    RESTRICTED: '限制', ATTENTION: '关注', CLEAR: '未见限制',
    BUSINESS_OPERATION: '经营 (许可、项目审批)', FINANCING: '投融资', GOVERNMENT_PROCUREMENT: '政府采购',
    PUBLIC_TENDERING: '工程招投标', STATE_LAND: '国有土地出让', HONOURS: '授予荣誉、评先评优',
    IMPORT_EXPORT: '进出口', EXIT_ENTRY: '出入境', QUALIFICATION_REVIEW: '资质审核、任职',
    SERIOUS_DISHONESTY: '严重失信主体名单', BLACKLIST: '黑名单', JOINT_SANCTION_TARGET: '联合惩戒对象',
    LISTED: '本主体在名单管理期内', BANNED_PERSON: '本人处于从业禁止期内', RELATED_PARTY_RESTRICTED: '控制方受限',
    BANNED_PRINCIPAL: '主要负责人处于从业禁止期内', LISTING_CRITERIA_MET: '符合列入条件',
    LEGAL_REPRESENTATIVE: '法定代表人', PRINCIPAL: '主要负责人', SAFETY_MANAGER: '安全生产管理人员',
    DIRECTOR: '董事', SUPERVISOR: '监事', SHAREHOLDER: '股东', INVESTOR: '出资人',
    WARNING: '警告、通报批评', FINE: '罚款', CONFISCATION: '没收', LICENCE_SUSPENSION: '暂扣许可证件',
    QUALIFICATION_DOWNGRADE: '降低资质等级', LICENCE_REVOCATION: '吊销许可证件', RESTRICTION: '限制开展生产经营活动',
    SUSPENSION_OF_PRODUCTION: '责令停产停业', CLOSURE: '责令关闭', PRACTICE_BAN: '限制从业', DETENTION: '行政拘留', OTHER: '其他',
    GENERAL: '一般事故', LARGER: '较大事故', MAJOR: '重大事故', ESPECIALLY_MAJOR: '特别重大事故',
    truncated: '仅显示最近的记录：行政处罚 {p}/{pt}，事故 {a}/{at}，名单 {l}/{lt}',
    truncatedListings: '仅显示最近的名单记录 {l}/{lt}', roleFrom: '任职', roleTo: '离任', investment: '投资', exitedOn: '退出日期',
    notPublic: '不在公示期内', shownOf: '仅显示 {n}/{total} 条', none: '无', party: '行政相对人', partyType: '相对人类别',
    penaltyTypes: '处罚类别', fineAmount: '罚款', confiscated: '没收金额 (元)', violationType: '违法行为类型', facts: '违法事实',
    penaltyBasis: '处罚依据', content: '处罚内容', penaltyStatus: '状态', validUntil: '处罚有效期', publicUntil: '公示结束日期',
    penaltyAuthority: '处罚机关', decidedOn: '处罚决定日期', listingsBasedOn: '以此为认定依据的名单', accidentNumber: '事故编号',
    accidentUnit: '事故单位', occurredOn: '发生日期', grade: '事故等级', deathsCount: '死亡人数', seriousInjuries: '重伤人数',
    directLoss: '直接经济损失 (元)', category: '事故类别', liability: '责任事故', yes: '是', no: '否',
    responsibilities: '事故责任认定', responsibility: '事故责任', sentenceEndOn: '刑满日期', listedSubject: '列入主体',
    permanent: '永久', removalReason: '移出原因', listingReason: '列入事由', inForceNow: '当前在管理期内', caseNumber: '案件编号',
    country: '国家', addresses: '地址', basisPenalties: '认定依据：行政处罚决定', basisAccidents: '认定依据：生产安全事故',
    morePage: '下一页', authorityKind: '行政机关', authorityPenalties: '作出的行政处罚', authorityListings: '认定的名单',
    penalties: '行政处罚', bans: '从业禁止', listings: '名单记录', personRoles: '任职与持股',
    FIVE_YEAR_ANY_INDUSTRY: '五年内不得担任任何生产经营单位的主要负责人', LIFETIME_SAME_INDUSTRY: '终身不得担任本行业生产经营单位的主要负责人',
    notFoundNotClear: '未找到不等于未见限制：图谱中没有与此名称或代码完全一致的主体，这不能证明其不受限制。请核对名称或统一社会信用代码。',
    nearest: '最接近的候选主体：', noCandidates: '搜索也没有找到相近的主体。', notPermitted: '本密钥无权核查',
    reportNeedsKey: '签名核查报告 (PDF) 需要机构 API 密钥。', downloadReport: '下载签名核查报告 (PDF)', print: '打印',
    asOfHint: '如投标截止日', checkTitle: '联合惩戒核查', checkPlaceholder: '企业名称（完全一致）或统一社会信用代码',
    checkRun: '核查', verifyTitle: '核查回执验证', verifyValid: '回执有效', verifyInvalid: '回执无效', receiptId: '回执编号',
    subjectCode: '主体代码', issuedAt: '签发时间', caller: '核查机构', evidence: '证据编号',
  },
  en: {
    brand: 'Credit Graph', navSearch: 'Search', navStats: 'Statistics', apiKey: 'API key',
    searchPlaceholder: 'Enterprise name, former name or USCC prefix', searchHint: 'Search by name, former name or USCC prefix',
    results: '{n} results', noResults: 'No results', loading: 'Loading…', failed: 'Request failed: {msg}', more: 'More results',
    enterprise: 'Enterprise', person: 'Person', uscc: 'USCC', formerNames: 'Former names', region: 'Region',
    industry: 'Industry', status: 'Status', foundedOn: 'Founded', invalidCheckDigit: 'check digit invalid',
    notFound: 'Not found', idNumber: 'ID number', idType: 'ID type',
    sanctionCheck: 'Sanction check', domain: 'Domain', asOf: 'As of', check: 'Check', verdict: 'Verdict',
    subjectNotFound: 'The graph has no record of this subject', reasons: 'Reasons', measures: 'Measures', legalBasis: 'Legal basis',
    listing: 'Listing', listedOn: 'Listed on', expiresOn: 'Expires', removedOn: 'Removed', restoredOn: 'Restored',
    authority: 'Authority', basis: 'Basis', path: 'Control path', ban: 'Ban', banFrom: 'from', banUntil: 'until',
    lifetime: 'lifetime', criterion: 'Criterion', records: 'Records', inForceUntil: 'In force until', dataVersion: 'Data version',
    share: 'share', timeline: 'Timeline', penalty: 'Penalty', accident: 'Accident', deaths: '{n} deaths',
    fine: 'fine {n} yuan', noEvents: 'No penalties, accidents or listings', graph: 'Relationship graph',
    graphHint: 'Click a node to expand its neighbours; double-click to open its profile.', roles: 'Roles', investors: 'Investors', investments: 'Investments',
    downloadPenalties: 'Download penalties (CSV)', openProfile: 'Open profile',
    stats: 'Statistics', penaltiesBy: 'Penalties by {dim}', accidentsBy: 'Accidents by {dim}',
    count: 'Count', fineTotal: 'Fine total (yuan)', deathsTotal: 'Deaths', statsFailed: 'Statistics are not available: {msg}',
    YEAR: 'year', REGION: 'region', INDUSTRY: 'industry', PENALTY_TYPE: 'penalty type', AUTHORITY: 'authority', GRADE: 'grade',
    RESTRICTED: 'Restricted', ATTENTION: 'Attention', CLEAR: 'Clear',
    BUSINESS_OPERATION: 'Business operation', FINANCING: 'Financing', GOVERNMENT_PROCUREMENT: 'Government procurement',
    PUBLIC_TENDERING: 'Public tendering', STATE_LAND: 'State land', HONOURS: 'Honours',
    IMPORT_EXPORT: 'Import/export', EXIT_ENTRY: 'Exit/entry', QUALIFICATION_REVIEW: 'Qualification review',
    SERIOUS_DISHONESTY: 'Serious dishonesty list', BLACKLIST: 'Blacklist', JOINT_SANCTION_TARGET: 'Joint sanction targets',
    LISTED: 'Own listing in force', BANNED_PERSON: 'Person under a practice ban', RELATED_PARTY_RESTRICTED: 'A controller is restricted',
    BANNED_PRINCIPAL: 'Principal under a practice ban', LISTING_CRITERIA_MET: 'Listing criteria met',
    LEGAL_REPRESENTATIVE: 'Legal representative', PRINCIPAL: 'Principal', SAFETY_MANAGER: 'Safety manager',
    DIRECTOR: 'Director', SUPERVISOR: 'Supervisor', SHAREHOLDER: 'Shareholder', INVESTOR: 'Investor',
    WARNING: 'Warning', FINE: 'Fine', CONFISCATION: 'Confiscation', LICENCE_SUSPENSION: 'Licence suspension',
    QUALIFICATION_DOWNGRADE: 'Qualification downgrade', LICENCE_REVOCATION: 'Licence revocation', RESTRICTION: 'Restriction',
    SUSPENSION_OF_PRODUCTION: 'Suspension of production', CLOSURE: 'Closure', PRACTICE_BAN: 'Practice ban', DETENTION: 'Detention', OTHER: 'Other',
    GENERAL: 'General', LARGER: 'Larger', MAJOR: 'Major', ESPECIALLY_MAJOR: 'Especially major',
    truncated: 'Only the latest records shown: penalties {p}/{pt}, accidents {a}/{at}, listings {l}/{lt}',
    truncatedListings: 'Only the latest listings shown: {l}/{lt}', roleFrom: 'Role taken up', roleTo: 'Role ended', investment: 'Investment', exitedOn: 'exited',
    notPublic: 'outside its publicity window', shownOf: 'Only {n} of {total} shown', none: 'None', party: 'Party', partyType: 'Party type',
    penaltyTypes: 'Penalty types', fineAmount: 'Fine', confiscated: 'Confiscated (yuan)', violationType: 'Violation type', facts: 'Facts',
    penaltyBasis: 'Legal basis', content: 'Content', penaltyStatus: 'Status', validUntil: 'Valid until', publicUntil: 'Public until',
    penaltyAuthority: 'Deciding authority', decidedOn: 'Decided on', listingsBasedOn: 'Listings based on it', accidentNumber: 'Accident number',
    accidentUnit: 'Accident unit', occurredOn: 'Occurred on', grade: 'Grade', deathsCount: 'Deaths', seriousInjuries: 'Serious injuries',
    directLoss: 'Direct loss (yuan)', category: 'Category', liability: 'Liability accident', yes: 'yes', no: 'no',
    responsibilities: 'Held responsible', responsibility: 'Responsibility', sentenceEndOn: 'sentence ends', listedSubject: 'Listed subject',
    permanent: 'permanent', removalReason: 'Removal reason', listingReason: 'Reason', inForceNow: 'In force now', caseNumber: 'Case number',
    country: 'Country', addresses: 'Addresses', basisPenalties: 'Basis: penalty decisions', basisAccidents: 'Basis: accidents',
    morePage: 'Next page', authorityKind: 'Authority', authorityPenalties: 'Penalties decided', authorityListings: 'Listings decided',
    penalties: 'Penalties', bans: 'Practice bans', listings: 'Listings', personRoles: 'Roles and shares',
    FIVE_YEAR_ANY_INDUSTRY: 'Barred for five years from being principal of any business', LIFETIME_SAME_INDUSTRY: 'Barred for life from being principal in the same industry',
    notFoundNotClear: 'Not found is not clear: no subject with exactly this name or code is known here, which is no proof that it is not restricted. Check the name or the USCC.',
    nearest: 'Nearest candidates:', noCandidates: 'Search finds no similar subject either.', notPermitted: 'Not permitted for this key',
    reportNeedsKey: 'The signed check report (PDF) needs an agency API key.', downloadReport: 'Download signed report (PDF)', print: 'Print',
    asOfHint: 'e.g. the bid deadline', checkTitle: 'Sanction check', checkPlaceholder: 'Exact enterprise name or USCC',
    checkRun: 'Check', verifyTitle: 'Receipt verification', verifyValid: 'Valid receipt', verifyInvalid: 'Invalid receipt', receiptId: 'Receipt id',
    subjectCode: 'Subject code', issuedAt: 'Issued at', caller: 'Checked by', evidence: 'Evidence ids',
  },
};

const KEY = 'creditgraph.lang';

export function lang() {
  const stored = localStorage.getItem(KEY);
  return stored === 'en' ? 'en' : 'zh';
}

export function setLang(value) {
  localStorage.setItem(KEY, value);
}

/** The string for key in the current language, with {name} placeholders filled; unknown keys come back as they are. */
export function t(key, params = {}) {
  const text = DICT[lang()][key] ?? DICT.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Fills every [data-i18n] element below root. */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
}
