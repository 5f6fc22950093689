/**
 * Word pools for synthetic Chinese names: trade-name characters with pinyin, industries, surnames,
 * given-name characters, place words for parks, platform fields and job titles.
 */

/** An industry: registered-name word, a two-character short form, English, and a typical product. */
export interface Industry {
  readonly zh: string;
  readonly short: string;
  readonly en: string;
  readonly product: string;
  readonly capacityUnit: "tonne/year" | "MW" | "count";
}

/** Industries of companies (with the product their projects make). */
export const INDUSTRIES: readonly Industry[] = [
  {
    zh: "新材料科技",
    short: "新材",
    en: "New Materials Technology",
    product: "高性能材料",
    capacityUnit: "tonne/year",
  },
  {
    zh: "稀土功能材料",
    short: "稀土",
    en: "Rare Earth Functional Materials",
    product: "稀土永磁材料",
    capacityUnit: "tonne/year",
  },
  {
    zh: "电子科技",
    short: "电子",
    en: "Electronic Technology",
    product: "电子元器件",
    capacityUnit: "count",
  },
  { zh: "半导体", short: "半导", en: "Semiconductor", product: "功率芯片", capacityUnit: "count" },
  { zh: "生物医药", short: "生物", en: "Biopharmaceutical", product: "原料药", capacityUnit: "tonne/year" },
  { zh: "医疗器械", short: "医疗", en: "Medical Devices", product: "医疗设备", capacityUnit: "count" },
  { zh: "新能源科技", short: "能源", en: "New Energy Technology", product: "储能电站", capacityUnit: "MW" },
  { zh: "光伏科技", short: "光伏", en: "Photovoltaic Technology", product: "光伏电站", capacityUnit: "MW" },
  {
    zh: "锂电池",
    short: "锂电",
    en: "Lithium Battery",
    product: "锂电池正极材料",
    capacityUnit: "tonne/year",
  },
  { zh: "智能装备", short: "智装", en: "Intelligent Equipment", product: "智能装备", capacityUnit: "count" },
  { zh: "精密机械", short: "精机", en: "Precision Machinery", product: "精密零部件", capacityUnit: "count" },
  { zh: "汽车零部件", short: "汽配", en: "Auto Parts", product: "汽车零部件", capacityUnit: "count" },
  { zh: "化工", short: "化工", en: "Chemical", product: "精细化学品", capacityUnit: "tonne/year" },
  { zh: "硅业", short: "硅业", en: "Silicon", product: "工业硅", capacityUnit: "tonne/year" },
  { zh: "食品", short: "食品", en: "Food", product: "绿色食品", capacityUnit: "tonne/year" },
  { zh: "纺织", short: "纺织", en: "Textile", product: "功能纤维", capacityUnit: "tonne/year" },
  { zh: "信息技术", short: "信息", en: "Information Technology", product: "数据中心", capacityUnit: "MW" },
  { zh: "软件", short: "软件", en: "Software", product: "工业软件平台", capacityUnit: "count" },
  {
    zh: "环保科技",
    short: "环保",
    en: "Environmental Technology",
    product: "固废资源化",
    capacityUnit: "tonne/year",
  },
  { zh: "航空科技", short: "航空", en: "Aviation Technology", product: "航空零部件", capacityUnit: "count" },
];

/** Splits "华:hua,瑞:rui" into [zh, pinyin] pairs. */
function pairs(text: string): readonly (readonly [string, string])[] {
  return text.split(",").map((p) => {
    const [zh = "", en = ""] = p.split(":");
    return [zh, en] as const;
  });
}

/** Characters used in trade names (字号), with pinyin for English names. */
export const BRAND_CHARS = pairs(
  "华:hua,瑞:rui,鑫:xin,泰:tai,宏:hong,盛:sheng,达:da,恒:heng,远:yuan,中:zhong,天:tian,海:hai,东:dong,方:fang," +
    "新:xin,科:ke,创:chuang,智:zhi,博:bo,威:wei,丰:feng,金:jin,晶:jing,源:yuan,安:an,信:xin,诚:cheng,永:yong," +
    "嘉:jia,豪:hao,润:run,德:de,隆:long,昌:chang,顺:shun,和:he,力:li,拓:tuo,锐:rui,凯:kai,峰:feng,辰:chen,星:xing," +
    "光:guang,明:ming,联:lian,合:he,通:tong,凌:ling,航:hang,宇:yu,腾:teng,飞:fei,亿:yi,佳:jia,美:mei,康:kang," +
    "健:jian,元:yuan,正:zheng,兴:xing,旺:wang,富:fu,汇:hui,聚:ju,泽:ze,银:yin,蓝:lan,绿:lv,禾:he,青:qing,云:yun," +
    "鼎:ding,卓:zhuo,越:yue,奥:ao,赛:sai,思:si,微:wei,芯:xin,磁:ci,钛:tai,锂:li,硅:gui,能:neng,驰:chi,弘:hong",
);

/** Common surnames with pinyin, most frequent first (drawn with a Zipf-like weight). */
export const SURNAMES = pairs(
  "王:Wang,李:Li,张:Zhang,刘:Liu,陈:Chen,杨:Yang,黄:Huang,赵:Zhao,吴:Wu,周:Zhou,徐:Xu,孙:Sun,马:Ma,朱:Zhu,胡:Hu," +
    "郭:Guo,何:He,高:Gao,林:Lin,罗:Luo,郑:Zheng,梁:Liang,谢:Xie,宋:Song,唐:Tang,许:Xu,韩:Han,冯:Feng,邓:Deng," +
    "曹:Cao,彭:Peng,曾:Zeng,肖:Xiao,田:Tian,董:Dong,袁:Yuan,潘:Pan,于:Yu,蒋:Jiang,蔡:Cai,余:Yu,杜:Du,叶:Ye," +
    "程:Cheng,苏:Su,魏:Wei,吕:Lv,丁:Ding,任:Ren,沈:Shen,姚:Yao,卢:Lu,姜:Jiang,崔:Cui,钟:Zhong,谭:Tan,陆:Lu," +
    "汪:Wang,范:Fan,金:Jin,石:Shi,廖:Liao,贾:Jia,夏:Xia,韦:Wei,方:Fang,白:Bai,邹:Zou,孟:Meng,熊:Xiong,秦:Qin",
);

/** Characters of given names with pinyin. */
export const GIVEN_CHARS = pairs(
  "伟:wei,芳:fang,娜:na,敏:min,静:jing,丽:li,强:qiang,磊:lei,军:jun,洋:yang,勇:yong,艳:yan,杰:jie,娟:juan," +
    "涛:tao,明:ming,超:chao,秀:xiu,霞:xia,平:ping,刚:gang,英:ying,华:hua,玉:yu,萍:ping,红:hong,玲:ling,建:jian," +
    "国:guo,志:zhi,文:wen,斌:bin,宇:yu,浩:hao,凯:kai,鹏:peng,辉:hui,飞:fei,鑫:xin,波:bo,宁:ning,亮:liang," +
    "晨:chen,晓:xiao,阳:yang,立:li,新:xin,海:hai,峰:feng,铁:tie,山:shan,义:yi,春:chun,雪:xue,梅:mei,兵:bing," +
    "林:lin,松:song,成:cheng,龙:long,俊:jun,博:bo,彬:bin",
);

/** Place words for the names of provincial parks (临港 …), with pinyin. */
export const PARK_PLACES = pairs(
  "东城:Dongcheng,西城:Xicheng,南城:Nancheng,北城:Beicheng,临港:Lingang,滨江:Binjiang,滨海:Binhai,江北:Jiangbei," +
    "江南:Jiangnan,河西:Hexi,河东:Hedong,城东:Chengdong,城西:Chengxi,城南:Chengnan,城北:Chengbei,新城:Xincheng," +
    "金桥:Jinqiao,凤凰:Fenghuang,白沙:Baisha,青山:Qingshan,龙泉:Longquan,清河:Qinghe,云谷:Yungu,星湖:Xinghu," +
    "翠湖:Cuihu,柳湖:Liuhu,花园:Huayuan,双桥:Shuangqiao,长岭:Changling,红星:Hongxing,万山:Wanshan,石桥:Shiqiao",
);

/** Themes of provincial parks (…产业园), with English. */
export const PARK_THEMES = pairs(
  "工业园区:Industrial Park,产业园:Industrial Park,科技园:Science Park,经济开发区:Economic Development Zone," +
    "化工园区:Chemical Industry Park,物流园:Logistics Park,电子信息产业园:Electronic Information Industrial Park," +
    "生物医药产业园:Biomedical Industrial Park,新材料产业园:New Materials Industrial Park," +
    "装备制造产业园:Equipment Manufacturing Park,食品产业园:Food Industrial Park,数字经济产业园:Digital Economy Park," +
    "新能源产业园:New Energy Industrial Park,现代农业产业园:Modern Agriculture Park",
);

/** Research fields, for platforms and institutes. */
export const FIELDS: readonly string[] = [
  "稀土材料",
  "磁性材料",
  "储能技术",
  "新能源",
  "集成电路",
  "生物医药",
  "智能制造",
  "工业互联网",
  "先进材料",
  "精细化工",
  "光电技术",
  "数字经济",
  "绿色低碳",
  "现代农业",
  "高端装备",
  "人工智能",
  "新型显示",
  "氢能",
];

/** Titles of company people. */
export const COMPANY_TITLES: readonly string[] = [
  "董事长",
  "总经理",
  "总工程师",
  "副总经理",
  "技术总监",
  "研发中心主任",
];

/** Titles of the people of a zone's administering bureau. */
export const BUREAU_TITLES: readonly string[] = ["主任", "副主任", "局长", "党工委书记", "副局长"];
