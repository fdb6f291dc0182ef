<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DetectHollowVillagesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="73" />
        <source>Villages (polygons or points)</source>
        <translation>村庄（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="76" />
        <source>Village id field</source>
        <translation>村庄编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="79" />
        <source>Village name field (labels)</source>
        <translation>村庄名称字段（标注）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="83" />
        <source>Registered population field (户籍人口)</source>
        <translation>户籍人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="84" />
        <source>Resident population field (常住人口)</source>
        <translation>常住人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="85" />
        <source>Resident elderly population field (60+ or 65+)</source>
        <translation>常住老年人口字段（60 或 65 岁以上）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="86" />
        <source>Out-migrant workers field (外出务工)</source>
        <translation>外出务工人数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="87" />
        <source>Working-age population field (劳动年龄人口)</source>
        <translation>劳动年龄人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="88" />
        <source>Households field (户数)</source>
        <translation>户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="89" />
        <source>Homesteads field (宅基地宗数)</source>
        <translation>宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="90" />
        <source>Idle homesteads field (闲置宅基地)</source>
        <translation>闲置宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="91" />
        <source>Households with several homesteads field (一户多宅)</source>
        <translation>一户多宅户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="92" />
        <source>Households over the homestead cap field (超标占地)</source>
        <translation>宅基地超标占地户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="93" />
        <source>Settlement land area field, m² (农村居民点面积)</source>
        <translation>农村居民点用地面积字段（m²）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="99" />
        <source>Settlement land polygons (used when no area field)</source>
        <translation>农村居民点用地图斑（无面积字段时叠加计算）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="102" />
        <source>Buildings (polygons or points)</source>
        <translation>建筑物（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="105" />
        <source>Building vacancy field (1 = vacant)</source>
        <translation>建筑空置字段（1 = 空置）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="109" />
        <source>Night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="111" />
        <source>Weighting</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="111" />
        <source>Entropy (熵权法)</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="111" />
        <source>Equal</source>
        <translation>等权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="111" />
        <source>AHP (层次分析法)</source>
        <translation>层次分析法（AHP）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="111" />
        <source>Custom</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="111" />
        <source>Combined AHP + entropy</source>
        <translation>AHP 与熵权组合赋权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="116" />
        <source>AHP pairwise matrix (rows separated by ';')</source>
        <translation>AHP 判断矩阵（行之间用“;”分隔）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="119" />
        <source>Custom weights (e.g. P1=0.4, L1=0.6)</source>
        <translation>自定义权重（如 P1=0.4, L1=0.6）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="121" />
        <source>AHP share in combined weights (α)</source>
        <translation>组合赋权中 AHP 所占比例（α）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="124" />
        <source>Scoring</source>
        <translation>综合评价方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="124" />
        <source>Weighted sum</source>
        <translation>加权求和</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="124" />
        <source>TOPSIS</source>
        <translation>TOPSIS 逼近理想解法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>Jenks natural breaks</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>Thresholds</source>
        <translation>指定阈值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="131" />
        <source>Number of levels (3 or 4)</source>
        <translation>等级数（3 或 4）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="134" />
        <source>Score thresholds between levels (e.g. 0.25, 0.5, 0.75)</source>
        <translation>等级分界阈值（如 0.25, 0.5, 0.75）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="137" />
        <source>Typology thresholds: population (P1), land (L1)</source>
        <translation>类型划分阈值：人口（P1）、土地（L1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="140" />
        <source>Settlement land standard, m² per resident</source>
        <translation>人均居民点用地标准（m²/人）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="143" />
        <source>Reclamation coefficient κ (新增耕地系数)</source>
        <translation>新增耕地系数 κ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="147" />
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="150" />
        <source>Hollow villages</source>
        <translation>空心村识别结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="152" />
        <source>Indicator weights</source>
        <translation>指标权重表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="168" />
        <source>AHP weighting needs AHP_MATRIX.</source>
        <translation>AHP 赋权需要提供判断矩阵 AHP_MATRIX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="170" />
        <source>Custom weighting needs CUSTOM_WEIGHTS.</source>
        <translation>自定义赋权需要提供权重 CUSTOM_WEIGHTS。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="174" />
        <source>{} levels need {} THRESHOLDS, got {}.</source>
        <translation>{} 个等级需要 {} 个阈值（THRESHOLDS），实际为 {} 个。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="177" />
        <source>TYPE_THRESHOLDS needs two numbers: population, land.</source>
        <translation>TYPE_THRESHOLDS 需要两个数：人口阈值、土地阈值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="214" />
        <source>Working CRS: {}</source>
        <translation>计算坐标系：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="225" />
        <source>VILLAGES are points: SETTLEMENTS, BUILDINGS and NIGHT_LIGHT need village polygons and are not used.</source>
        <translation>村庄图层为点：居民点、建筑物和夜间灯光需要村庄面图层，本次未使用。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="247" />
        <source>Layer VILLAGES has no features.</source>
        <translation>村庄图层（VILLAGES）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="252" />
        <source>Layer VILLAGES, field '{}': the village id is NULL for feature ids {}</source>
        <translation>村庄图层字段“{}”：以下要素的村庄编码为空：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="261" />
        <source>Layer VILLAGES, field '{}': village ids appear more than once: {}</source>
        <translation>村庄图层字段“{}”：以下村庄编码重复：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="270" />
        <source>Layer VILLAGES, field '{}': negative values for villages {}</source>
        <translation>村庄图层字段“{}”：以下村庄为负值：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="274" />
        <source>{} village features with invalid geometry were skipped</source>
        <translation>已跳过 {} 个几何无效的村庄要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="290" />
        <source>Registered population is 0 or NULL for {} villages ({}): P1 is NULL there</source>
        <translation>{} 个村庄户籍人口为 0 或空值（{}）：其 P1 为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="296" />
        <source>Resident population is NULL for {} villages ({}): their indicators that need it are NULL</source>
        <translation>{} 个村庄常住人口为空值（{}）：依赖常住人口的指标为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="303" />
        <source>{} villages have more residents than registered inhabitants (in-migration; P1 is negative and kept): {}</source>
        <translation>{} 个村庄常住人口多于户籍人口（人口流入，P1 为负值并保留）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="314" />
        <source>Overlaying settlement land on villages ...</source>
        <translation>正在将居民点用地与村庄叠加……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="330" />
        <source>A1 (night-time light per settlement area) needs SETTLEMENTS polygons; it is skipped.</source>
        <translation>A1（单位建设用地夜间灯光）需要居民点图斑，本次跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="339" />
        <source>BUILDINGS given without BUILDING_VACANT_FIELD: A2 is skipped.</source>
        <translation>提供了建筑物但未指定空置字段，A2 跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="343" />
        <source>Assigning buildings to villages ...</source>
        <translation>正在将建筑物归属到村庄……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="352" />
        <source>{} buildings have a NULL vacancy flag and are not counted</source>
        <translation>{} 栋建筑空置标记为空值，未计入</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="355" />
        <source>{} buildings lie outside every village</source>
        <translation>{} 栋建筑不在任何村庄范围内</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="362" />
        <source>Averaging night-time light over settlement land ...</source>
        <translation>正在计算居民点用地上的平均夜间灯光……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="398" />
        <source>{}: inputs not given, skipped</source>
        <translation>{}：未提供输入数据，跳过</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="401" />
        <source>{}: no village has a value; the indicator is left out</source>
        <translation>{}：所有村庄均无数值，不参与评价</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="405" />
        <source>No indicator can be computed: give at least the population fields (REGISTERED_POP_FIELD and RESIDENT_POP_FIELD) or the homestead fields.</source>
        <translation>无法计算任何指标：请至少提供人口字段（户籍人口与常住人口）或宅基地字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="436" />
        <source>Indicators used, in this order: {}</source>
        <translation>参与评价的指标（按此顺序）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="445" />
        <source>{} has the same value in every village: weight 0</source>
        <translation>{} 在所有村庄取值相同：权重为 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="448" />
        <source>AHP: λmax = {:.4f}, CI = {:.4f}, CR = {:.4f}</source>
        <translation>AHP：λmax = {:.4f}，CI = {:.4f}，CR = {:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="470" />
        <source>Input fields replaced by this run's results: {}</source>
        <translation>以下输入字段被本次结果替换：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="522" />
        <source>Villages per level: {}</source>
        <translation>各等级村庄数：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="562" />
        <source>Hollow-village detection (空心村识别)</source>
        <translation>空心村识别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="565" />
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
</context>
<context>
    <name>SampleCounty</name>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village centres</source>
        <translation>村庄中心点</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Hospitals and township health centres</source>
        <translation>医院与乡镇卫生院</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village clinics</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Kindergartens</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Elderly-care homes</source>
        <translation>养老机构</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Construction candidates (建新)</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Homestead parcels</source>
        <translation>宅基地地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Rural settlement land</source>
        <translation>农村居民点用地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Town built-up areas</source>
        <translation>城镇建成区</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Urban development boundary</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Ecological red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Administrative villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="41" />
        <source>Labour migration OD table</source>
        <translation>劳动力流动 OD 表</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="56" />
        <source>Qingxi County (fictitious sample)</source>
        <translation>青溪县（虚构示例）</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="71" />
        <source>Night-time light</source>
        <translation>夜间灯光</translation>
    </message>
</context>
<context>
    <name>URFlowLayers</name>
    <message>
        <location filename="../../processing_provider/layers.py" line="32" />
        <source>TARGET_CRS {} is geographic; choose a projected CRS such as a CGCS2000 Gauss–Krüger zone (EPSG:4534–4554)</source>
        <translation>TARGET_CRS {} 为地理坐标系；请选择投影坐标系，例如 CGCS2000 高斯-克吕格分带（EPSG:4534–4554）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="39" />
        <source>The input layer has no valid CRS; set it first.</source>
        <translation>输入图层没有有效的坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="58" />
        <source>Layer {}: there is no field '{}'</source>
        <translation>图层 {}：不存在字段“{}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="63" />
        <source>Layer {}: field '{}' is not numeric ({})</source>
        <translation>图层 {}：字段“{}”不是数值型（{}）</translation>
    </message>
</context>
<context>
    <name>URFlowPlugin</name>
    <message>
        <location filename="../../plugin.py" line="37" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="47" />
        <source>Load sample county (fictitious)</source>
        <translation>加载示例县（虚构）</translation>
    </message>
</context>
<context>
    <name>URFlowProvider</name>
    <message>
        <location filename="../../processing_provider/provider.py" line="26" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="29" />
        <source>URFlow {} — urban–rural flow planning toolkit</source>
        <translation>URFlow {} — 城乡资源流动规划工具箱</translation>
    </message>
</context>
</TS>