<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>@default</name>
    <message>
        <location filename="../../core/checks.py" line="50"/>
        <source>{name} must be numeric.</source>
        <translation>{name}须为数值。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <source>{name} must be one-dimensional; got shape {shape}.</source>
        <translation>{name}须为一维数组，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="80"/>
        <source>{name} has {size} values; expected {n}.</source>
        <translation>{name}有 {size} 个值，应为 {n} 个。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="64"/>
        <source>{name} has missing (NaN) values at {ids}.</source>
        <translation>{name}在以下序号处有缺失值（NaN）：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="178"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="158"/>
        <source>{name} must be a number; got {value}.</source>
        <translation>{name}须为数字，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="123"/>
        <source>{name} must be a finite number &gt; 0; got {value}.</source>
        <translation>{name}须为大于 0 的有限数值，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="64"/>
        <source>Travel costs must be &gt;= 0 and not NaN.</source>
        <translation>出行成本须不小于 0，且不得为缺失值（NaN）。</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="69"/>
        <source>costs must be a CostMatrix or a 2-D numeric array.</source>
        <translation>出行成本须为 CostMatrix 或二维数值数组。</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="71"/>
        <source>costs must be a CostMatrix or a 2-D (n_demand, n_facility) array; got shape {shape}.</source>
        <translation>出行成本须为 CostMatrix 或二维数组（需求点数 × 设施数），实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="78"/>
        <source>Travel costs must be &gt;= 0.</source>
        <translation>出行成本须不小于 0。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="56"/>
        <source>E2SFCA weights must be text like &apos;10:1.0,20:0.68,30:0.22&apos; (upper bound:weight).</source>
        <translation>E2SFCA 分段权重须为形如“10:1.0,20:0.68,30:0.22”的文本（上界:权重）。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="64"/>
        <source>E2SFCA weight item &apos;{item}&apos; is not &apos;upper bound:weight&apos;.</source>
        <translation>E2SFCA 分段权重项“{item}”不符合“上界:权重”格式。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="70"/>
        <source>E2SFCA weight item &apos;{item}&apos; is not two numbers.</source>
        <translation>E2SFCA 分段权重项“{item}”不是两个数字。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="83"/>
        <source>E2SFCA steps need as many upper bounds as weights (at least one).</source>
        <translation>E2SFCA 分段的上界与权重须一一对应（至少一段）。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="85"/>
        <source>E2SFCA upper bounds must be finite numbers &gt; 0.</source>
        <translation>E2SFCA 分段上界须为大于 0 的有限数值。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="87"/>
        <source>E2SFCA upper bounds must be strictly increasing.</source>
        <translation>E2SFCA 分段上界须严格递增。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="89"/>
        <source>E2SFCA weights must be between 0 and 1.</source>
        <translation>E2SFCA 分段权重须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="129"/>
        <source>d0</source>
        <translation>服务范围阈值 d0</translation>
    </message>
    <message>
        <location filename="../../core/access/decay.py" line="170"/>
        <source>steps must be text or a (bounds, weights) pair.</source>
        <translation>E2SFCA 分段须为文本或（上界, 权重）数组对。</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="124"/>
        <source>The travel costs were cut off at {cutoff:g}, below the catchment threshold {threshold:g}; recompute them with a cutoff of at least the threshold.</source>
        <translation>出行成本在 {cutoff:g} 处截断，低于服务范围阈值 {threshold:g}；请以不小于该阈值的截断值重新计算出行成本。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="152"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="231"/>
        <source>supply</source>
        <translation>供给能力</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="176"/>
        <source>nearest_cost</source>
        <translation>至最近设施的出行成本</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="141"/>
        <source>radius</source>
        <translation>服务半径</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="173"/>
        <source>access</source>
        <translation>可达性</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="177"/>
        <source>provision_per_person</source>
        <translation>人均配置标准</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="198"/>
        <source>The travel costs were cut off at {cutoff:g}, below the threshold {threshold:g}.</source>
        <translation>出行成本在 {cutoff:g} 处截断，低于阈值 {threshold:g}。</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="230"/>
        <source>weighted_demand</source>
        <translation>加权需求</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="214"/>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="215"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="252"/>
        <source>zone_index must be a 1-D integer array (-1 = in no zone).</source>
        <translation>分区编号（zone_index）须为一维整数数组（-1 表示不属于任何分区）。</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="257"/>
        <source>n_zones must be an integer; got {value}.</source>
        <translation>分区数（n_zones）须为整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="261"/>
        <source>n_zones must be &gt;= 0; got {value}.</source>
        <translation>分区数（n_zones）须不小于 0，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="264"/>
        <source>zone_index must be in -1 .. {last}; bad at {ids}.</source>
        <translation>分区编号（zone_index）须在 -1 至 {last} 之间，以下序号超出范围：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="271"/>
        <source>covered</source>
        <translation>覆盖标记</translation>
    </message>
    <message>
        <location filename="../../core/access/gaps.py" line="272"/>
        <source>deficit</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="30"/>
        <source>{method}: the number of classes must be an integer, got {value}.</source>
        <translation>{method}：分级数须为整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="36"/>
        <source>{method}: the number of classes must be at least 2, got {k}.</source>
        <translation>{method}：分级数至少为 2，实际为 {k}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="44"/>
        <source>{method}: the values must be numbers ({error}).</source>
        <translation>{method}：数据须为数值（{error}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="48"/>
        <source>{method}: the values must be a 1-D array, got shape {shape}.</source>
        <translation>{method}：数据须为一维数组，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="55"/>
        <source>{method}: values must be finite or NaN (missing); infinite values at rows {rows}.</source>
        <translation>{method}：数据须为有限值或 NaN（缺失）；以下行为无穷值：{rows}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="64"/>
        <source>{method}: cannot make {k} classes from {n_distinct} distinct value(s) ({n_valid} non-missing of {n_total}); use fewer classes.</source>
        <translation>{method}：仅有 {n_distinct} 个不同取值（共 {n_total} 个，非缺失 {n_valid} 个），无法分为 {k} 级；请减少分级数。</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="41"/>
        <source>{rows} (0-based)</source>
        <translation>{rows}（从 0 开始编号）</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="109"/>
        <source>Jenks natural breaks</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="186"/>
        <source>Quantile breaks</source>
        <translation>分位数分级</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="208"/>
        <source>Equal-interval breaks</source>
        <translation>等间距分级</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="219"/>
        <source>{what} must be numbers ({error}).</source>
        <translation>{what}须为数值（{error}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="223"/>
        <source>{what} must be a non-empty 1-D list of numbers, got shape {shape}.</source>
        <translation>{what}须为非空的一维数值列表，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="229"/>
        <source>{what} must be finite numbers, got {values}.</source>
        <translation>{what}须为有限数值，实际为 {values}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="233"/>
        <source>{what} must be in increasing order, got {values}.</source>
        <translation>{what}须按递增顺序排列，实际为 {values}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="258"/>
        <source>Class breaks</source>
        <translation>分级断点</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="284"/>
        <source>Level thresholds</source>
        <translation>等级阈值</translation>
    </message>
    <message>
        <location filename="../../core/stats/classify.py" line="286"/>
        <source>Level thresholds must be strictly increasing, got {values}.</source>
        <translation>等级阈值须严格递增，实际为 {values}。</translation>
    </message>
    <message>
        <location filename="../../core/crs.py" line="14"/>
        <source>longitude {longitude} is not a longitude in degrees</source>
        <translation>经度 {longitude} 不是以度为单位的有效经度</translation>
    </message>
    <message>
        <location filename="../../core/crs.py" line="29"/>
        <source>longitude {longitude:.4f}°E lies in 3-degree zone {zone}, outside China's CGCS2000 zones 25–45 (75°E–135°E); set TARGET_CRS to a projected CRS</source>
        <translation>经度 {longitude:.4f}°E 位于 3 度分带第 {zone} 带，不在我国 CGCS2000 3 度带第 25–45 带（75°E–135°E）范围内；请将目标坐标系 TARGET_CRS 设为投影坐标系</translation>
    </message>
    <message>
        <location filename="../../core/crs.py" line="42"/>
        <source>longitude {longitude:.4f}°E lies outside China's 6-degree zones 13–23</source>
        <translation>经度 {longitude:.4f}°E 不在我国 6 度分带第 13–23 带范围内</translation>
    </message>
    <message>
        <location filename="../../core/hollow/indicators.py" line="137"/>
        <source>Unknown indicator id(s) {unknown}; known: {known}.</source>
        <translation>未知的指标编号 {unknown}；可用的编号：{known}。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/indicators.py" line="151"/>
        <source>Indicator inputs must be numbers of matching length ({error}).</source>
        <translation>指标输入须为长度一致的数值（{error}）。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/potential.py" line="28"/>
        <source>Land standard must be a positive number of m²/person, got {value}.</source>
        <translation>人均用地标准须为正数（m²/人），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/potential.py" line="88"/>
        <source>New-cultivated-land coefficient κ must be between 0 and 1, got {value}.</source>
        <translation>新增耕地系数 κ 须介于 0 与 1 之间，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/levels.py" line="109"/>
        <source>Population hollowing threshold</source>
        <translation>人口空心化阈值</translation>
    </message>
    <message>
        <location filename="../../core/hollow/levels.py" line="109"/>
        <source>Land hollowing threshold</source>
        <translation>土地空心化阈值</translation>
    </message>
    <message>
        <location filename="../../core/hollow/levels.py" line="114"/>
        <source>{name} must be a finite number, got {value}.</source>
        <translation>{name}须为有限数值，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/levels.py" line="75"/>
        <source>Level names exist for {available} levels, not {k}; use 3 or 4 classes.</source>
        <translation>仅 {available} 个等级有等级名称，不支持 {k} 个等级；请将等级数设为 3 或 4。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="173"/>
        <source>Unknown {what} {value}; use one of: {options}.</source>
        <translation>未知的{what} {value}；可选：{options}。</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="251"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="160"/>
        <source>{what} is {given} × {given}, but there are {m} indicators ({all_names}), {n_active} of which vary between villages ({active_names}; constant: {constant_names}). Give {m} × {m}, or {n_active} × {n_active} for the varying indicators in column order.</source>
        <translation>{what}为 {given} × {given}，但共有 {m} 个指标（{all_names}），其中 {n_active} 个在各村之间有差异（{active_names}；取值恒定：{constant_names}）。请给出 {m} × {m} 的矩阵，或按列顺序给出仅含有差异指标的 {n_active} × {n_active} 矩阵。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="167"/>
        <source>{what} has {given} entries, but there are {m} indicators ({all_names}), {n_active} of which vary between villages ({active_names}; constant: {constant_names}). Give {m} entries, or {n_active} entries for the varying indicators in column order.</source>
        <translation>{what}有 {given} 项，但共有 {m} 个指标（{all_names}），其中 {n_active} 个在各村之间有差异（{active_names}；取值恒定：{constant_names}）。请给出 {m} 项，或按列顺序给出仅对应有差异指标的 {n_active} 项。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="338"/>
        <source>weighting method</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="339"/>
        <source>scoring method</source>
        <translation>评分方法</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="340"/>
        <source>classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="191"/>
        <source>Indicator values must be numbers ({error}).</source>
        <translation>指标值须为数值（{error}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="195"/>
        <source>Indicator values must be a villages × indicators table with at least one row and one column, got shape {shape}.</source>
        <translation>指标值须为“村庄 × 指标”表，且至少有一行一列，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="203"/>
        <source>column {index}</source>
        <translation>第 {index} 列</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="207"/>
        <source>{given} indicator names given for {m} columns.</source>
        <translation>给出了 {given} 个指标名称，但共有 {m} 列。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="212"/>
        <source>{given} row ids given for {n} rows.</source>
        <translation>给出了 {given} 个行编号，但共有 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="217"/>
        <source>Indicator {name} is infinite for feature(s) {features}.</source>
        <translation>指标 {name} 在以下要素中为无穷值：{features}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="224"/>
        <source>Indicator(s) {names} have no value in any village; remove them or fill in the data.</source>
        <translation>指标 {names} 在所有村庄中均无数值；请移除这些指标或补充数据。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="349"/>
        <source>Number of levels must be an integer &gt;= 2, got {value}.</source>
        <translation>等级数须为不小于 2 的整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="355"/>
        <source>No indicator varies between villages, so the villages cannot be told apart (constant: {names}).</source>
        <translation>所有指标在各村之间取值均相同，无法区分村庄（取值恒定：{names}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="242"/>
        <source>Weighting &apos;{method}&apos; needs an AHP pairwise matrix.</source>
        <translation>赋权方法 '{method}' 需要提供层次分析法（AHP）判断矩阵。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="248"/>
        <source>The AHP matrix</source>
        <translation>层次分析法（AHP）判断矩阵</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="250"/>
        <source>The AHP matrix puts all weight on indicators that do not vary.</source>
        <translation>层次分析法（AHP）判断矩阵将全部权重赋给了各村取值相同的指标。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="259"/>
        <source>Weighting &apos;custom&apos; needs the custom weights.</source>
        <translation>赋权方法 'custom' 需要提供自定义权重。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="347"/>
        <source>Custom weights</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="264"/>
        <source>All weight is on indicators that do not vary between villages ({names}); weight a varying indicator.</source>
        <translation>全部权重都在各村取值相同的指标上（{names}）；请为有差异的指标赋予权重。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="364"/>
        <source>No village has a score: every village lacks all weighted indicators.</source>
        <translation>没有村庄得到评分：每个村庄的赋权指标均无数值。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="277"/>
        <source>Classification &apos;thresholds&apos; needs the level thresholds.</source>
        <translation>分级方法 'thresholds' 需要提供等级阈值。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="280"/>
        <source>{levels} levels need {needed} thresholds, got {given} ({values}).</source>
        <translation>{levels} 个等级需要 {needed} 个阈值，实际为 {given} 个（{values}）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="154"/>
        <source>county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="156"/>
        <source>(no project area)</source>
        <translation>（无项目区）</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="45"/>
        <source>{name} is required.</source>
        <translation>必须提供{name}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="223"/>
        <source>{what} ids must have one value per parcel ({n}), got {shape}.</source>
        <translation>{what}地块编号必须每个地块一个（共 {n} 个），实际为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="234"/>
        <source>{message}: {parcels}.</source>
        <translation>{message}：{parcels}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="247"/>
        <source>{what} groups must have one value per parcel ({n}), got {shape}.</source>
        <translation>{what}地块的项目区编码必须每个地块一个值（共 {n} 个），实际为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="285"/>
        <source>project-area groups must be given for both 拆旧 and 建新 parcels, or for neither.</source>
        <translation>项目区编码须同时为拆旧和建新地块提供，或两者都不提供。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="297"/>
        <source>{name} coordinates must be numbers ({error}).</source>
        <translation>{name}地块坐标必须为数值（{error}）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="303"/>
        <source>{name} coordinates must have shape (n, 2), got {shape}.</source>
        <translation>{name}地块坐标的形状必须为 (n, 2)，实际为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="309"/>
        <source>{name} coordinates contain NaN or infinite values at rows {rows}.</source>
        <translation>{name}地块坐标含有 NaN 或无穷值，所在行：{rows}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="471"/>
        <source>拆旧 area (ha)</source>
        <translation>拆旧面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="473"/>
        <source>建新 area (ha)</source>
        <translation>建新面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="486"/>
        <source>{name} must be a finite number &gt;= 0, got {value}.</source>
        <translation>{name} 必须是 &gt;= 0 的有限数值，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="492"/>
        <source>epsilon must be &gt; 0 ha, got {value}.</source>
        <translation>严格小于规则的余量 epsilon 必须 &gt; 0 公顷，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="494"/>
        <source>κ (reclamation coefficient)</source>
        <translation>κ（复垦系数）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="495"/>
        <source>拆旧 grade</source>
        <translation>拆旧复垦耕地质量等别/等级</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="496"/>
        <source>拆旧 cost</source>
        <translation>拆旧成本</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="497"/>
        <source>拆旧 priority</source>
        <translation>拆旧优先度</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="498"/>
        <source>occupied cultivated area (ha)</source>
        <translation>占用耕地面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="499"/>
        <source>grade of occupied cultivated land</source>
        <translation>占用耕地质量等别/等级</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="500"/>
        <source>建新 value</source>
        <translation>建新价值</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="501"/>
        <source>protected</source>
        <translation>受保护标记</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="502"/>
        <source>mandatory</source>
        <translation>必选标记</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="503"/>
        <source>excluded</source>
        <translation>排除标记</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="505"/>
        <source>拆旧 areas must be &gt; 0 ha; bad parcels</source>
        <translation>拆旧面积必须 &gt; 0 公顷；有误地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="506"/>
        <source>建新 areas must be &gt; 0 ha; bad parcels</source>
        <translation>建新面积必须 &gt; 0 公顷；有误地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="507"/>
        <source>κ must lie in (0, 1]; bad 拆旧 parcels</source>
        <translation>κ 必须在 (0, 1] 之间；有误的拆旧地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="508"/>
        <source>拆旧 grades must lie in 1..{top} ({scale}); bad parcels</source>
        <translation>拆旧复垦耕地质量等别/等级必须在 1..{top} 之间（{scale}）；有误地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="515"/>
        <source>拆旧 costs must be finite and &gt;= 0</source>
        <translation>拆旧成本必须为有限值且 &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="516"/>
        <source>拆旧 priorities must be finite</source>
        <translation>拆旧优先度必须为有限值</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="517"/>
        <source>建新 values must be finite</source>
        <translation>建新价值必须为有限值</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="518"/>
        <source>occupied cultivated areas must be &gt;= 0 ha; bad 建新 parcels</source>
        <translation>占用耕地面积必须 &gt;= 0 公顷；有误的建新地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="526"/>
        <source>occupied cultivated area exceeds the parcel area for 建新 {parcels} (e.g. {parcel}: {occupied:.4f} ha occupied of {area:.4f} ha).</source>
        <translation>建新地块 {parcels} 的占用耕地面积超过地块面积（例如 {parcel}：地块 {area:.4f} 公顷，占用耕地 {occupied:.4f} 公顷）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="538"/>
        <source>grades of occupied cultivated land must lie in 1..{top} ({scale}) where a 建新 parcel occupies cultivated land; bad parcels</source>
        <translation>建新地块占用耕地时，所占耕地的质量等别/等级必须在 1..{top} 之间（{scale}）；有误地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="600"/>
        <source>建新 types must have one value per parcel ({n}).</source>
        <translation>建新类型必须每个地块一个值（共 {n} 个）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="601"/>
        <source>建新 type must be one of {allowed}; bad parcels</source>
        <translation>建新类型必须是 {allowed} 之一；有误地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="549"/>
        <source>excluded by a control line</source>
        <translation>受管控线约束而排除</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="553"/>
        <source>excluded_reason must have one value per 建新 parcel ({n}).</source>
        <translation>排除原因 excluded_reason 必须每个建新地块一个值（共 {n} 个）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="617"/>
        <source>pairs must be a tuple (i, j, d_m) as from candidate_pairs().</source>
        <translation>配对 pairs 必须是 candidate_pairs() 返回的 (i, j, d_m) 元组。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="622"/>
        <source>pairs: i, j and d_m must have the same length.</source>
        <translation>配对 pairs：i、j 和 d_m 的长度必须相同。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="624"/>
        <source>pairs: indices out of range (n = {n} 拆旧, m = {m} 建新).</source>
        <translation>配对 pairs：行号超出范围（拆旧 n = {n}，建新 m = {m}）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="628"/>
        <source>pairs: distances must be finite and &gt;= 0 m.</source>
        <translation>配对 pairs：距离必须为有限值且 &gt;= 0 米。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="632"/>
        <source>pairs join parcels of different project areas ({n} pairs), e.g. 拆旧 {demolition} ({demolition_area}) with 建新 {construction} ({construction_area}); quota stays inside its project area.</source>
        <translation>有 {n} 个配对连接了不同项目区的地块，例如拆旧 {demolition}（{demolition_area}）与建新 {construction}（{construction_area}）；指标只能在本项目区内使用。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/problem.py" line="647"/>
        <source>pairs: the same (拆旧, 建新) pair is listed more than once.</source>
        <translation>配对 pairs：同一（拆旧，建新）配对出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="100"/>
        <source>selection sizes ({nx}, {ny}) do not match the problem ({n} 拆旧, {m} 建新).</source>
        <translation>选择结果的长度（{nx}，{ny}）与问题不符（拆旧 {n} 个，建新 {m} 个）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="131"/>
        <source>flows use a (拆旧, 建新) pair that is not a candidate pair.</source>
        <translation>指标流向使用了非候选的（拆旧，建新）配对。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="314"/>
        <source>selection sizes ({nx}, {ny}) differ from the problem ({n}, {m})</source>
        <translation>选择结果的长度（{nx}，{ny}）与问题（{n}，{m}）不一致</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="322"/>
        <source>{kind} {parcel}: selection {value} is not 0 or 1</source>
        <translation>{kind} {parcel}：选择值 {value} 不是 0 或 1</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="331"/>
        <source>protected 拆旧 {parcel} is selected</source>
        <translation>受保护的拆旧地块 {parcel} 被选中</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="334"/>
        <source>excluded 建新 {parcel} is selected ({reason})</source>
        <translation>已排除的建新地块 {parcel} 被选中（{reason}）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="340"/>
        <source>mandatory 建新 {parcel} is not selected</source>
        <translation>必选建新地块 {parcel} 未被选中</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="369"/>
        <source>flow ({i}, {j}) refers to a parcel that does not exist</source>
        <translation>指标流向 ({i}, {j}) 指向不存在的地块</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="374"/>
        <source>negative flow {flow:.6f} ha from 拆旧 {demolition} to 建新 {construction}</source>
        <translation>拆旧 {demolition} 流向建新 {construction} 的指标为负值（{flow:.6f} 公顷）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="380"/>
        <source>flow from 拆旧 {demolition} to 建新 {construction} is not a candidate pair (too far apart or in different project areas)</source>
        <translation>拆旧 {demolition} 到建新 {construction} 的指标流向不是候选配对（距离过远或不在同一项目区）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="391"/>
        <source>建新 {parcel} receives {got:.4f} ha of quota but needs {need:.4f} ha</source>
        <translation>建新地块 {parcel} 获得 {got:.4f} 公顷指标，但需要 {need:.4f} 公顷</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="399"/>
        <source>拆旧 {parcel} gives {given:.4f} ha of quota but has {quota:.4f} ha</source>
        <translation>拆旧地块 {parcel} 提供了 {given:.4f} 公顷指标，但其指标只有 {quota:.4f} 公顷</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="432"/>
        <source>{area}: 建新 area {construction:.4f} ha is not below 拆旧 area {demolition:.4f} ha (margin {margin} ha)</source>
        <translation>{area}：建新面积 {construction:.4f} 公顷未小于拆旧面积 {demolition:.4f} 公顷（余量 {margin} 公顷）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="439"/>
        <source>{area}: 建新 area {construction:.4f} ha exceeds the quota {quota:.4f} ha</source>
        <translation>{area}：建新面积 {construction:.4f} 公顷超过挂钩指标 {quota:.4f} 公顷</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="445"/>
        <source>{area}: occupied cultivated land {occupied:.4f} ha exceeds reclaimed {reclaimed:.4f} ha</source>
        <translation>{area}：占用耕地 {occupied:.4f} 公顷超过复垦耕地 {reclaimed:.4f} 公顷</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="452"/>
        <source>{area}: quality points lost {lost:.4f} exceed points gained {gained:.4f}</source>
        <translation>{area}：占用耕地质量分 {lost:.4f} 超过复垦耕地质量分 {gained:.4f}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/accounting.py" line="346"/>
        <source>cost {cost:.4f} exceeds the budget {budget:.4f}</source>
        <translation>成本 {cost:.4f} 超过预算 {budget:.4f}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/model.py" line="76"/>
        <source>{name} must be a dict {{row index: 0 or 1}}.</source>
        <translation>{name} 必须是字典 {{行号: 0 或 1}}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/model.py" line="79"/>
        <source>{name}: bad entry {row}: {value} (row 0..{last}: 0 or 1).</source>
        <translation>{name}：无效条目 {row}: {value}（行号 0..{last}，取值 0 或 1）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="173"/>
        <source>mip_rel_gap must be &gt;= 0, got {value}.</source>
        <translation>相对最优间隙 mip_rel_gap 必须 &gt;= 0，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="182"/>
        <source>canceled before the solve</source>
        <translation>求解前已取消</translation>
    </message>
    <message>
        <location filename="../../core/solver.py" line="215"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="226"/>
        <source>time limit of {seconds:g} s reached</source>
        <translation>已达到 {seconds:g} 秒的求解时限</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="26"/>
        <source>No feasible linkage plan: {reasons}</source>
        <translation>不存在可行的增减挂钩方案：{reasons}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="37"/>
        <source>{value} ha</source>
        <translation>{value} 公顷</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="81"/>
        <source> within {distance:g} m</source>
        <translation>{distance:g} 米范围内</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="89"/>
        <source>建新 {parcel} is mandatory but excluded ({reason}).</source>
        <translation>建新地块 {parcel} 为必选，但已被排除（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="95"/>
        <source>mandatory 建新 {parcel} ({area:.2f} ha) has no 拆旧 candidate{within} in project area {project_area}.</source>
        <translation>必选建新地块 {parcel}（{area:.2f} 公顷）在项目区 {project_area} 中{within}没有可配对的拆旧候选地块。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="107"/>
        <source>建新 {parcel} is mandatory but fixed to 0.</source>
        <translation>建新地块 {parcel} 为必选，但被固定为不选（0）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="109"/>
        <source>拆旧 {parcel} is fixed to 1 but protected.</source>
        <translation>拆旧地块 {parcel} 被固定为入选（1），但它是受保护地块。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="116"/>
        <source>the 拆旧 parcels fixed to 1 cost {cost:.2f}, more than the budget {budget:.2f}.</source>
        <translation>固定入选（1）的拆旧地块成本为 {cost:.2f}，超过预算 {budget:.2f}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="135"/>
        <source>mandatory 建新 {parcel} needs {need} of quota; the {n} non-protected 拆旧 parcels{within} in project area {project_area} can supply at most {supply}.</source>
        <translation>必选建新地块 {parcel} 需要 {need}的指标；项目区 {project_area} 中{within}的 {n} 个非保护拆旧地块最多只能提供 {supply}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="160"/>
        <source>mandatory 建新 in project area {project_area} ({n} parcels)</source>
        <translation>项目区 {project_area} 的必选建新地块（{n} 个）</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="165"/>
        <source>{label} needs {need} of quota; at most {supply} can be reclaimed from the {n} non-protected 拆旧 parcels{within} in reach.</source>
        <translation>{label}需要 {need}的指标；{within}可与之配对的 {n} 个非保护拆旧地块最多只能复垦 {supply}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="176"/>
        <source>{label} needs {need} of quota; within the budget of {budget:.2f} at most {supply} can be reclaimed.</source>
        <translation>{label}需要 {need}的指标；在预算 {budget:.2f} 以内最多只能复垦 {supply}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="203"/>
        <source>{label} covers {need}, but 建新 area must stay below 拆旧 area and all non-protected 拆旧 parcels there total {supply}.</source>
        <translation>{label}面积为 {need}，但建新面积必须小于拆旧面积，而该项目区全部非保护拆旧地块合计仅 {supply}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="212"/>
        <source>{label} occupies {need} of cultivated land; all non-protected 拆旧 parcels there reclaim at most {supply}.</source>
        <translation>{label}占用耕地 {need}；该项目区全部非保护拆旧地块最多只能复垦耕地 {supply}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="221"/>
        <source>{label} loses {need} quality points; all non-protected 拆旧 parcels there give at most {supply}.</source>
        <translation>{label}损失耕地质量分 {need}；该项目区全部非保护拆旧地块最多只能提供 {supply} 质量分。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="188"/>
        <source>funding every mandatory 建新 parcel costs at least {cost}; the budget is {budget}.</source>
        <translation>保障全部必选建新地块至少需要成本 {cost}，而预算为 {budget}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="282"/>
        <source>the quality-points rule</source>
        <translation>耕地质量分规则</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="283"/>
        <source>the rule that cultivated land must not shrink (R &gt;= O)</source>
        <translation>耕地面积不减少规则 (R &gt;= O)</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="284"/>
        <source>the strict 建新 &lt; 拆旧 rule</source>
        <translation>建新面积严格小于拆旧面积规则</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="285"/>
        <source>the budget of {budget:.2f}</source>
        <translation>预算 {budget:.2f} 的限制</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="286"/>
        <source>the pair distance limit</source>
        <translation>配对距离限制</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="301"/>
        <source>each rule can be met on its own, but not all together for the mandatory 建新 parcels; a plan exists without {rules}.</source>
        <translation>对必选建新地块而言，各项规则可以分别满足，但无法同时满足；若不考虑{rules}，则存在可行方案。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="304"/>
        <source> or without </source>
        <translation>或不考虑</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="307"/>
        <source>the mandatory 建新 parcels cannot be funded together even with any single rule relaxed (check pairing, budget and project-area membership).</source>
        <translation>即使单独放宽任一规则，也无法同时保障全部必选建新地块（请检查配对、预算和项目区归属）。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/greedy.py" line="76"/>
        <source>The greedy heuristic could not fund the mandatory 建新 parcels {parcels}; run the exact optimiser for a definite answer.</source>
        <translation>贪心算法未能为必选建新地块 {parcels} 筹得指标；请运行精确优化以得到确定结论。</translation>
    </message>
    <message>
        <location filename="../../core/access/paths.py" line="52"/>
        <source>Canceled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <location filename="../../core/access/units.py" line="35"/>
        <source>{name} must be numeric (x, y) coordinates in metres.</source>
        <translation>{name}须为以米为单位的数值坐标（x, y）。</translation>
    </message>
    <message>
        <location filename="../../core/access/units.py" line="41"/>
        <source>{name} must have shape (n, 2) (x, y in metres); got {shape}.</source>
        <translation>{name}的形状须为 (n, 2)（x、y，单位为米），实际为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="140"/>
        <source>{name} must be a finite number &gt;= 0; got {value}.</source>
        <translation>{name}须为不小于 0 的有限数值，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="120"/>
        <source>coords</source>
        <translation>道路顶点坐标</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="123"/>
        <source>Road vertices with missing or infinite coordinates: {ids}.</source>
        <translation>以下道路顶点的坐标缺失或为无穷大：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="130"/>
        <source>line_offsets must be a 1-D integer array of length n_lines + 1.</source>
        <translation>道路线偏移数组（line_offsets）须为长度等于道路线数 + 1 的一维整数数组。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="134"/>
        <source>line_offsets must start at 0, end at the number of vertices ({n}) and never decrease.</source>
        <translation>道路线偏移数组（line_offsets）须从 0 开始、以顶点数（{n}）结束，且不得递减。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="150"/>
        <source>{name} has {size} values for {n} road lines.</source>
        <translation>{name}有 {size} 个值，而道路线共 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../core/access/roads.py" line="205"/>
        <source>speed_kmh</source>
        <translation>速度（km/h）</translation>
    </message>
    <message>
        <location filename="../../core/access/roads.py" line="212"/>
        <source>direction</source>
        <translation>通行方向</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="157"/>
        <source>Road speed must be a finite number &gt; 0 km/h; missing, zero, negative or infinite speed on road lines {ids}.</source>
        <translation>道路速度须为大于 0 的有限数值（km/h）；以下道路线的速度缺失、为零、为负或为无穷大：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="166"/>
        <source>direction must hold the integers 0, 1 or -1.</source>
        <translation>通行方向只能取整数 0、1 或 -1。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="169"/>
        <source>Road direction must be 0 (both ways), 1 (digitising direction) or -1 (against it); other values on road lines {ids}.</source>
        <translation>道路通行方向须为 0（双向）、1（沿数字化方向）或 -1（逆数字化方向）；以下道路线的取值不符合要求：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/access/graph.py" line="176"/>
        <source>node_tolerance</source>
        <translation>节点合并容差</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="144"/>
        <source>xy</source>
        <translation>点坐标</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="145"/>
        <source>max_distance</source>
        <translation>最大吸附距离</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="240"/>
        <source>graph must be a Graph built by build_graph().</source>
        <translation>路网图（graph）须为由 build_graph() 构建的 Graph。</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="242"/>
        <source>access_speed_kmh</source>
        <translation>路网外步行速度（km/h）</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="243"/>
        <source>snap_distance</source>
        <translation>距道路最大距离</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="244"/>
        <source>demand_xy</source>
        <translation>需求点坐标</translation>
    </message>
    <message>
        <location filename="../../core/access/snapping.py" line="245"/>
        <source>facility_xy</source>
        <translation>设施坐标</translation>
    </message>
    <message>
        <location filename="../../core/access/paths.py" line="58"/>
        <source>Pass demand_xy and facility_xy as None with a PreparedNetwork: its points are already attached.</source>
        <translation>使用 PreparedNetwork 时，demand_xy 和 facility_xy 须传入 None：其需求点和设施已接入路网。</translation>
    </message>
    <message>
        <location filename="../../core/access/paths.py" line="67"/>
        <source>demand_xy and facility_xy are required with a Graph.</source>
        <translation>使用 Graph 时须提供 demand_xy 和 facility_xy。</translation>
    </message>
    <message>
        <location filename="../../core/access/paths.py" line="71"/>
        <source>network must be a Graph (build_graph) or a PreparedNetwork (prepare_network).</source>
        <translation>路网（network）须为 Graph（build_graph）或 PreparedNetwork（prepare_network）。</translation>
    </message>
    <message>
        <location filename="../../core/access/paths.py" line="230"/>
        <source>cutoff</source>
        <translation>出行成本截断值</translation>
    </message>
    <message>
        <location filename="../../core/access/paths.py" line="259"/>
        <source>batch_size must be a positive integer; got {value}.</source>
        <translation>批大小（batch_size）须为正整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/access/euclidean.py" line="21"/>
        <source>detour_factor</source>
        <translation>绕行系数</translation>
    </message>
    <message>
        <location filename="../../core/access/euclidean.py" line="23"/>
        <source>detour_factor must be &gt;= 1 (a road is never shorter); got {value}.</source>
        <translation>绕行系数须不小于 1（道路距离不会短于直线距离），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="109"/>
        <source>Normalised indicator values</source>
        <translation>标准化指标值</translation>
    </message>
    <message>
        <location filename="../../core/stats/scoring.py" line="78"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="60"/>
        <source>Indicator values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../core/stats/scoring.py" line="117"/>
        <source>Scores must be numbers ({error}).</source>
        <translation>得分须为数值（{error}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/scoring.py" line="119"/>
        <source>Scores must be a 1-D array, got shape {shape}.</source>
        <translation>得分须为一维数组，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="71"/>
        <source>{where}: a number is required</source>
        <translation>{where}：需要一个数值</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="75"/>
        <source>{where}: {text} is not a number</source>
        <translation>{where}：{text} 不是数值</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="79"/>
        <source>{where}: must be greater than 0, not {text}</source>
        <translation>{where}：必须大于 0，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="117"/>
        <source>{file} line {line}</source>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="124"/>
        <source>{file}: missing columns {columns}</source>
        <translation>{file}：缺少列 {columns}</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="141"/>
        <source>{where}, {column}: {value} is not one of {allowed}</source>
        <translation>{where}，{column} 列：{value} 不是 {allowed} 之一</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="151"/>
        <source>{where}: {column} is empty</source>
        <translation>{where}：{column} 列为空</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="155"/>
        <source>{where}: id {id} appears twice</source>
        <translation>{where}：id {id} 重复出现</translation>
    </message>
    <message>
        <location filename="../../core/textparams.py" line="21"/>
        <source>{what}: {token} is not a number</source>
        <translation>{what}：{token} 不是数值</translation>
    </message>
    <message>
        <location filename="../../core/textparams.py" line="39"/>
        <source>{what}: a square matrix is needed, with rows separated by &apos;;&apos; (got {rows} rows of lengths {lengths})</source>
        <translation>{what}：需要一个方阵，各行以“;”分隔（实际为 {rows} 行，各行长度 {lengths}）</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="146"/>
        <source>{what}: {n_values} values for {n_keys} indicators ({keys}); give one per indicator or name them as P1=0.3, L1=0.2</source>
        <translation>{what}：给了 {n_values} 个数值，但有 {n_keys} 个指标（{keys}）；请每个指标给一个数值，或按名称写成 P1=0.3, L1=0.2</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="137"/>
        <source>{what}: unknown indicator {key}; computed here: {keys}</source>
        <translation>{what}：未知指标 {key}；本次计算的指标为：{keys}</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="82"/>
        <source>{what} must be numbers ({exc}).</source>
        <translation>{what}必须为数值（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="27"/>
        <source>{what} must be a 2-D array (villages × indicators), got shape {shape}.</source>
        <translation>{what}必须是二维数组（村庄 × 指标），实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="35"/>
        <source>{what}: column {column} has infinite values at rows {rows}; use NaN (NULL) for a missing value.</source>
        <translation>{what}：列 {column} 的以下行为无穷大值：{rows}；缺失值请用 NaN（NULL）表示。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="48"/>
        <source>Indicator directions must have one entry per column ({m}), got shape {shape}.</source>
        <translation>指标方向必须每列一项（共 {m} 项），实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="55"/>
        <source>Indicator directions must be True/False or +1/-1, got {values}.</source>
        <translation>指标方向必须为 True/False 或 +1/-1（正向/负向），实际为 {values}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="84"/>
        <source>{what} must be a non-empty 1-D list, got shape {shape}.</source>
        <translation>{what}必须是非空的一维列表，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="90"/>
        <source>{what} must have {m} entries (one per indicator), got {size}.</source>
        <translation>{what}必须有 {m} 项（每个指标一项），实际为 {size} 项。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="97"/>
        <source>{what} must be finite numbers; entries {entries} are not.</source>
        <translation>{what}必须为有限数值，以下各项不符合：{entries}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/checks.py" line="104"/>
        <source>{what} must not be negative; entries {entries} are.</source>
        <translation>{what}不能为负数，以下各项为负：{entries}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="112"/>
        <source>Entropy shift must be a finite number &gt;= 0, got {shift}.</source>
        <translation>熵权法平移量必须是 ≥ 0 的有限数值，实际为 {shift}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="122"/>
        <source>Entropy weights need non-negative normalised values; column {column} is negative at rows {rows}.</source>
        <translation>熵权法要求标准化指标值非负；列 {column} 的以下行为负值：{rows}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="140"/>
        <source>Entropy weights: no indicator varies between villages, so none can be weighted.</source>
        <translation>熵权法：没有任何指标在各村庄之间存在差异，无法计算权重。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="196"/>
        <source>AHP matrix must be numbers ({exc}).</source>
        <translation>层次分析法判断矩阵必须为数值（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="198"/>
        <source>AHP matrix must be square (k × k), got shape {shape}.</source>
        <translation>层次分析法判断矩阵必须是方阵（k × k），实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="203"/>
        <source>AHP matrix is {k} × {k}; at most {max_k} criteria are supported (Saaty's RI is tabulated up to {max_k}). Group the indicators into criteria.</source>
        <translation>层次分析法判断矩阵为 {k} × {k}；最多支持 {max_k} 个准则（Saaty 随机一致性指标 RI 仅列到 {max_k} 阶）。请先将指标归并为若干准则。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="212"/>
        <source>AHP matrix entries must be positive numbers; row {row}, column {column} is {value}.</source>
        <translation>层次分析法判断矩阵的元素必须为正数；第 {row} 行第 {column} 列为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="223"/>
        <source>AHP matrix diagonal must be 1; row {row}, column {column} is {value:g}.</source>
        <translation>层次分析法判断矩阵的对角线元素必须为 1；第 {row} 行第 {column} 列为 {value:g}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="228"/>
        <source>AHP matrix is not reciprocal: row {row}, column {column} is {value:.6g} but 1 / (row {column}, column {row}) = 1/{mirror:.6g} = {expected:.6g}. Enter exact reciprocals such as 1/3.</source>
        <translation>层次分析法判断矩阵不满足互反性：第 {row} 行第 {column} 列为 {value:.6g}，但 1 / (第 {column} 行第 {row} 列) = 1/{mirror:.6g} = {expected:.6g}。请输入精确的倒数，如 1/3。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="272"/>
        <source>AHP matrix is not consistent enough: λmax = {lambda_max:.4f}, CI = {ci:.4f}, CR = {cr:.4f} (must be &lt; {max_cr:g}). Revise the pairwise judgements.</source>
        <translation>层次分析法判断矩阵一致性不足：最大特征根 λmax = {lambda_max:.4f}，一致性指标 CI = {ci:.4f}，一致性比率 CR = {cr:.4f}（须小于 {max_cr:g}）。请调整两两比较的判断值。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="285"/>
        <source>{what} are all zero; at least one must be positive.</source>
        <translation>{what}全部为零，至少应有一项为正数。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="309"/>
        <source>First weights</source>
        <translation>第一组权重</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="309"/>
        <source>Second weights</source>
        <translation>第二组权重</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="314"/>
        <source>Combination share alpha must be between 0 and 1, got {alpha}.</source>
        <translation>组合系数 alpha（第一组权重所占比例）必须介于 0 与 1 之间，实际为 {alpha}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="322"/>
        <source>Multiplicative combination: no indicator has a positive weight in both sets.</source>
        <translation>乘法合成：没有任何指标在两组权重中都为正值。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="326"/>
        <source>Unknown combination method {method}; use &apos;linear&apos; or &apos;multiplicative&apos;.</source>
        <translation>未知的权重组合方法 {method}；请使用 'linear'（线性加权）或 'multiplicative'（乘法合成）。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="368"/>
        <source>Number of indicators must be a positive integer, got {m}.</source>
        <translation>指标个数必须是正整数，实际为 {m}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="373"/>
        <source>Active-indicator mask must have {m} entries, got shape {shape}.</source>
        <translation>参与计算的指标掩码必须有 {m} 项，实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/stats/weighting.py" line="379"/>
        <source>Equal weights: no active indicator to weight.</source>
        <translation>等权法：没有可参与赋权的指标。</translation>
    </message>
    <message>
        <location filename="../../core/messages.py" line="35"/>
        <source>{items} … ({count} in all)</source>
        <translation>{items} …（共 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="90"/>
        <source>{name} must be &gt;= 0; negative at {ids}.</source>
        <translation>{name}须 ≥ 0，以下为负值：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>{name} must be finite; infinite at {ids}.</source>
        <translation>{name}须为有限值，以下为无穷大：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="106"/>
        <source>{name} must lie between {low} and {high}; outside at {ids}.</source>
        <translation>{name}须介于 {low} 与 {high} 之间，以下超出范围：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="162"/>
        <source>{name} must be &gt;= 0 (0 = no limit); got {value}.</source>
        <translation>{name}须 ≥ 0（0 表示不限），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="201"/>
        <source>{what} has empty ids at {rows}.</source>
        <translation>{what}存在空编号，位于 {rows}。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>{what} has duplicate ids: {ids}.</source>
        <translation>{what}存在重复编号：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="235"/>
        <source>Registered population is 0 or NULL for {count} villages ({villages}): P1 is NULL there</source>
        <translation>{count} 个村庄户籍人口为 0 或空值（{villages}）：其 P1 为空</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="246"/>
        <source>Resident population is NULL for {count} villages ({villages}): their indicators that need it are NULL</source>
        <translation>{count} 个村庄常住人口为空值（{villages}）：依赖常住人口的指标为空</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="258"/>
        <source>{count} villages have more residents than registered inhabitants (in-migration; P1 is negative and kept): {villages}</source>
        <translation>{count} 个村庄常住人口多于户籍人口（人口流入，P1 为负值并保留）：{villages}</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="307"/>
        <source>{indicator}: inputs not given, skipped</source>
        <translation>{indicator}：未提供输入数据，跳过</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="309"/>
        <source>{indicator}: no village has a value; the indicator is left out</source>
        <translation>{indicator}：所有村庄均无数值，不参与评价</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="385"/>
        <source>{indicator} has the same value in every village: weight 0</source>
        <translation>{indicator} 在所有村庄取值相同：权重为 0</translation>
    </message>
    <message>
        <location filename="../../core/hollow/indicators.py" line="147"/>
        <source>Indicator inputs</source>
        <translation>指标输入</translation>
    </message>
    <message>
        <location filename="../../core/hollow/inputs.py" line="170"/>
        <source>No indicator can be computed: give at least the registered and resident population or the homestead counts.</source>
        <translation>无法计算任何指标：请至少提供户籍人口与常住人口，或宅基地数量。</translation>
    </message>
    <message>
        <location filename="../../core/stats/composite.py" line="297"/>
        <source>Cannot classify the scores into levels: {reason}</source>
        <translation>无法对得分进行分级：{reason}</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="309"/>
        <source>Blind spots</source>
        <translation>服务盲区</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="310"/>
        <source>Under-served</source>
        <translation>供给不足</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="173"/>
        <source>Adequate</source>
        <translation>供给充足</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="387"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="176"/>
        <source>Demand points</source>
        <translation>需求点数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="176"/>
        <source>Covered</source>
        <translation>覆盖数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="176"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="354"/>
        <source>Mean cost to nearest</source>
        <translation>至最近设施平均成本</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="354"/>
        <source>Largest cost to nearest</source>
        <translation>至最近设施最大成本</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="359"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="379"/>
        <source>Coverage and deficit by township: {name}</source>
        <translation>各乡镇覆盖与缺口：{name}</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="382"/>
        <source>Demand points per gap class by township</source>
        <translation>各乡镇设施缺口分类</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="438"/>
        <source>{chart}: {name}</source>
        <translation>{chart}：{name}</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="395"/>
        <source>{name}: coverage {coverage} of {n} demand points, {blind} blind spots.</source>
        <translation>{name}：{n} 个需求点覆盖率 {coverage}，服务盲区 {blind} 个。</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="403"/>
        <source>Coverage rate (population)</source>
        <translation>人口覆盖率</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="428"/>
        <source>Coverage and deficit per zone: {name}</source>
        <translation>各分区覆盖与缺口：{name}</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="430"/>
        <source>Population coverage rate per zone</source>
        <translation>各分区人口覆盖率</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="440"/>
        <source>{name}: population coverage {coverage}, deficit {deficit}.</source>
        <translation>{name}：人口覆盖率 {coverage}，缺口 {deficit}。</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="452"/>
        <source>Public service facility gaps</source>
        <translation>公共服务设施缺口</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="427"/>
        <source>Hollow villages</source>
        <translation>空心村识别</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="113"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="315"/>
        <source>Villages</source>
        <translation>村庄数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="114"/>
        <source>Mean hollowing score</source>
        <translation>平均空心化得分</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="125"/>
        <source>Villages per hollowing level by township</source>
        <translation>各乡镇空心村分级统计</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="127"/>
        <source>Villages per hollowing level</source>
        <translation>空心化等级村庄数</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="142"/>
        <source>{villages} villages assessed; {severe} severely hollow (level 3).</source>
        <translation>共评价 {villages} 个村庄，其中重度空心化 {severe} 个。</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="163"/>
        <source>拆旧 area A</source>
        <translation>拆旧面积 A</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="164"/>
        <source>reclaimed cultivated R</source>
        <translation>复垦耕地 R</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="165"/>
        <source>quota</source>
        <translation>挂钩指标</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="166"/>
        <source>建新 area B</source>
        <translation>建新面积 B</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="167"/>
        <source>cultivated occupied O</source>
        <translation>占用耕地 O</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="454"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="454"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="244"/>
        <source>mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="245"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="201"/>
        <source>Balance sheet: {group}</source>
        <translation>挂钩平衡表：{group}</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="236"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="236"/>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="236"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="236"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="236"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="245"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="245"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="245"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="245"/>
        <source>Binding</source>
        <translation>约束性</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="219"/>
        <source>Rules: {group}</source>
        <translation>规则核查：{group}</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="411"/>
        <source>Urban–rural construction land linkage (增减挂钩)</source>
        <translation>城乡建设用地增减挂钩</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="424"/>
        <source>Areas per project area (ha)</source>
        <translation>各项目区面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="434"/>
        <source>{passed} of {rules} balance rules pass.</source>
        <translation>挂钩平衡规则 {rules} 条中通过 {passed} 条。</translation>
    </message>
    <message>
        <location filename="../../reporting/report.py" line="45"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../reporting/report.py" line="96"/>
        <source>Planning report</source>
        <translation>规划分析报告</translation>
    </message>
    <message>
        <location filename="../../reporting/report.py" line="100"/>
        <source>Generated on {date} by URFlow {version}.</source>
        <translation>由 URFlow {version} 于 {date} 生成。</translation>
    </message>
    <message>
        <location filename="../../reporting/report.py" line="105"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../reporting/report.py" line="108"/>
        <source>Maps are drawn in the CRS of their bottom layer, north up; the scale bar is drawn when that CRS is in metres.</source>
        <translation>地图按底层图层的坐标系绘制，上北下南；坐标系以米为单位时附比例尺。</translation>
    </message>
    <message>
        <location filename="../../reporting/sections.py" line="43"/>
        <source>Map: {caption}</source>
        <translation>图：{caption}</translation>
    </message>
    <message>
        <location filename="../../reporting/sections.py" line="63"/>
        <source>(no township)</source>
        <translation>（未分乡镇）</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="156"/>
        <source>capacity</source>
        <translation>服务能力</translation>
    </message>
    <message>
        <location filename="../../core/access/fca.py" line="119"/>
        <source>method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="228"/>
        <source>travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../core/access/costs.py" line="117"/>
        <source>roads must be Roads, RoadLines or a Graph.</source>
        <translation>roads 必须是 Roads、RoadLines 或 Graph。</translation>
    </message>
    <message>
        <location filename="../../core/access/roads.py" line="78"/>
        <source>{file}: no speed for the travel modes {modes}</source>
        <translation>{file}：缺少出行方式 {modes} 的速度</translation>
    </message>
    <message>
        <location filename="../../core/access/roads.py" line="189"/>
        <source>line_road must hold road numbers 0 .. n_roads - 1.</source>
        <translation>line_road 必须是 0 .. n_roads - 1 之间的道路序号。</translation>
    </message>
    <message>
        <location filename="../../core/access/roads.py" line="212"/>
        <source>road_class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="216"/>
        <source>STANDARD &apos;{id}&apos; is not in {table}; known ids: {ids}</source>
        <translation>标准“{id}”不在 {table} 中；可用编号：{ids}</translation>
    </message>
    <message>
        <location filename="../../core/access/units.py" line="24"/>
        <source>cost unit</source>
        <translation>成本单位</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="238"/>
        <source>Set THRESHOLD (&gt; 0) or choose a STANDARD preset that has one.</source>
        <translation>请设置阈值 THRESHOLD（&gt; 0），或选择含阈值的标准预设 STANDARD。</translation>
    </message>
    <message>
        <location filename="../../core/controllines/compliance.py" line="141"/>
        <source>Unknown control-line codes: {codes}.</source>
        <translation>未知的控制线代码：{codes}。</translation>
    </message>
    <message>
        <location filename="../../core/controllines/compliance.py" line="145"/>
        <source>Overlap pieces name planned features that do not exist.</source>
        <translation>重叠图斑指向了不存在的规划要素。</translation>
    </message>
    <message>
        <location filename="../../core/controllines/compliance.py" line="148"/>
        <source>The lines&apos; own overlaps, and only they, have no planned feature.</source>
        <translation>只有控制线自身的重叠才没有对应的规划要素。</translation>
    </message>
    <message>
        <location filename="../../core/controllines/compliance.py" line="182"/>
        <source>Unknown planned geometry kind {kind}.</source>
        <translation>未知的规划图层几何类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../core/controllines/compliance.py" line="185"/>
        <source>MIN_AREA must be a number &gt;= 0 m²; got {value}.</source>
        <translation>MIN_AREA 须为 ≥ 0 的数值（平方米），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/controllines/compliance.py" line="213"/>
        <source>checked must have one value per planned feature.</source>
        <translation>checked 须为每个规划要素提供一个值。</translation>
    </message>
    <message>
        <location filename="../../core/flows/balances.py" line="46"/>
        <source>Node type {words} is neither urban nor rural (nodes {nodes}). Accepted: {urban} for urban; {rural} for rural.</source>
        <translation>节点类型 {words} 既不是城镇也不是乡村（节点 {nodes}）。可接受的取值：城镇为 {urban}；乡村为 {rural}。</translation>
    </message>
    <message>
        <location filename="../../core/flows/balances.py" line="74"/>
        <source>flow value</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../core/flows/balances.py" line="76"/>
        <source>Flow values must be &gt;= 0; negative in rows {rows}.</source>
        <translation>流量须 ≥ 0，以下行为负值：{rows}。</translation>
    </message>
    <message>
        <location filename="../../core/flows/balances.py" line="227"/>
        <source>urban must have one value per node.</source>
        <translation>urban 须为每个节点提供一个值。</translation>
    </message>
    <message>
        <location filename="../../core/flows/balances.py" line="235"/>
        <source>Flows name nodes that do not exist (rows {rows}).</source>
        <translation>流量指向了不存在的节点（行 {rows}）。</translation>
    </message>
    <message>
        <location filename="../../core/flows/gravity.py" line="111"/>
        <source>GRAVITY must be 1 or 2 to fit a model; got {mode}.</source>
        <translation>拟合模型时 GRAVITY 须为 1 或 2，实际为 {mode}。</translation>
    </message>
    <message>
        <location filename="../../core/flows/gravity.py" line="119"/>
        <source>The unconstrained gravity model needs a mass (MASS_FIELD).</source>
        <translation>无约束重力模型需要节点规模（MASS_FIELD）。</translation>
    </message>
    <message>
        <location filename="../../core/flows/gravity.py" line="124"/>
        <source>A gravity fit needs at least {need} observed pairs with a positive flow, a distance &gt; 0{mass}; there are {have}.</source>
        <translation>拟合重力模型至少需要 {need} 个流量为正、距离 &gt; 0{mass}的观测节点对，现有 {have} 个。</translation>
    </message>
    <message>
        <location filename="../../core/flows/gravity.py" line="124"/>
        <source> and both masses &gt; 0</source>
        <translation>且两端规模均 &gt; 0</translation>
    </message>
    <message>
        <location filename="../../core/flows/gravity.py" line="178"/>
        <source>{origins} origins × {destinations} destinations are too many pairs to estimate ({limit} at most); fit the gravity model on a smaller region.</source>
        <translation>{origins} 个起点 × {destinations} 个终点，需估计的节点对过多（最多 {limit} 个）；请在较小的区域内拟合重力模型。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_inputs.py" line="51"/>
        <source>{} flows name {} nodes that are not in NODES and were left out: {}</source>
        <translation>{} 条流量指向 {} 个不在 NODES 中的节点，已剔除：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_inputs.py" line="66"/>
        <source>FLOWS holds several years ({}); choose one with YEAR.</source>
        <translation>FLOWS 含多个年份（{}），请用 YEAR 指定其中一年。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_inputs.py" line="74"/>
        <source>FLOWS has no row of YEAR {}; years present: {}.</source>
        <translation>FLOWS 中没有 YEAR {} 的行；现有年份：{}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_inputs.py" line="79"/>
        <source>{} flows of {} kept.</source>
        <translation>保留 {1} 年的流量 {0} 条。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/diagnosis.py" line="279"/>
        <source>no plan was found in the time left to explain why.</source>
        <translation>剩余时间内未求得方案，无法说明原因。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/exclusions.py" line="206"/>
        <source>unknown type for {n} parcels ({parcels}); use urban/城镇, resettlement/安置 or industrial/产业</source>
        <translation>{n} 个地块的类型无法识别（{parcels}）；请使用 urban/城镇、resettlement/安置 或 industrial/产业</translation>
    </message>
    <message>
        <location filename="../../core/linkage/model.py" line="301"/>
        <source>the solver reported an optimum but returned no solution</source>
        <translation>求解器报告已求得最优，但未返回解</translation>
    </message>
    <message>
        <location filename="../../core/linkage/model.py" line="303"/>
        <source>the solver reported an unbounded model (numerical trouble): {message}</source>
        <translation>求解器报告模型无界（数值问题）：{message}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/model.py" line="307"/>
        <source>the solver stopped with status {status}</source>
        <translation>求解器以状态 {status} 终止</translation>
    </message>
    <message>
        <location filename="../../core/linkage/model.py" line="443"/>
        <source>no time left</source>
        <translation>没有剩余时间</translation>
    </message>
    <message>
        <location filename="../../core/linkage/plan.py" line="255"/>
        <source>{n} {kind} parcels have no area (zero, NULL or no geometry) and are left out: {parcels}</source>
        <translation>{n} 个{kind}地块没有面积（为零、空值或无几何），已剔除：{parcels}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/plan.py" line="267"/>
        <source>Mandatory 建新 parcels break a control line and cannot be built: {parcels}. Move or reshape them, or clear their mandatory flag.</source>
        <translation>必选建新地块触碰控制线，无法建设：{parcels}。请调整其位置或形状，或取消必选标记。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/plan.py" line="275"/>
        <source>Mandatory 建新 parcels have no area: {parcels}</source>
        <translation>必选建新地块没有面积：{parcels}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/plan.py" line="282"/>
        <source>No usable {kind} parcels.</source>
        <translation>没有可用的{kind}地块。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/plan.py" line="287"/>
        <source>Every cost and value is 0 (no COST_FIELD/UNIT_COST, no VALUE_FIELD/UNIT_VALUE): all feasible plans score the same and the one returned is arbitrary.</source>
        <translation>所有成本和价值均为 0（未设置 COST_FIELD/UNIT_COST 和 VALUE_FIELD/UNIT_VALUE）：所有可行方案目标值相同，返回的方案是任意的。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="215"/>
        <source>{n} plans failed the independent check and were dropped</source>
        <translation>{n} 个方案未通过独立校核，已舍弃</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="224"/>
        <source>the solver failed: {message}</source>
        <translation>求解器出错：{message}</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="228"/>
        <source>no plan was found in time.</source>
        <translation>在时限内未求得方案。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="230"/>
        <source>best plan known: {source}; gap to the bound {gap:.3%}.</source>
        <translation>已知最好方案：{source}；与上界的间隙为 {gap:.3%}。</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="281"/>
        <source>the greedy plan</source>
        <translation>贪心方案</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="420"/>
        <source>the project-area plans combined</source>
        <translation>各项目区方案的组合</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="344"/>
        <source>the project-area models</source>
        <translation>各项目区模型的解</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="380"/>
        <source>a Lagrangian round</source>
        <translation>拉格朗日迭代的解</translation>
    </message>
    <message>
        <location filename="../../core/linkage/solve.py" line="437"/>
        <source>the county model</source>
        <translation>全县模型的解</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="18"/>
        <source>拆旧 parcels overlap each other</source>
        <translation>拆旧地块相互重叠</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="18"/>
        <source>建新 parcels overlap each other</source>
        <translation>建新地块相互重叠</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="18"/>
        <source>拆旧 parcels are also 建新 candidates</source>
        <translation>拆旧地块同时是建新候选地块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="61"/>
        <source>No CULTIVATED layer: 建新 parcels are taken to occupy no cultivated land.</source>
        <translation>未提供耕地图层：视建新地块不占用耕地。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="70"/>
        <source>Layer CULTIVATED, field '{}': {} parcels under 建新 candidates have a NULL or out-of-scale grade and count as grade 1, the strictest</source>
        <translation>CULTIVATED 图层字段“{}”：建新候选地块下有 {} 个耕地图斑的等别为空或超出范围，按最严格的 1 等计</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="83"/>
        <source>CULTIVATED polygons overlap each other under {} 建新 parcels: the occupied cultivated land is capped at the parcel area ({})</source>
        <translation>{} 个建新地块下的耕地图斑相互重叠：占用耕地面积按地块面积封顶（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_overlays.py" line="129"/>
        <source>No URBAN_BOUNDARY: urban 建新 parcels are not checked against the urban growth boundary.</source>
        <translation>未提供 URBAN_BOUNDARY：城镇建新地块未按城镇开发边界检查。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="134"/>
        <source>Layer {}, field &apos;{}&apos;: ids must be unique; repeated: {}</source>
        <translation>{} 图层字段“{}”：编号必须唯一；重复的编号：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="149"/>
        <source>Layer {}, field &apos;{}&apos;: NULL for {} parcels, {} = {} used: {}</source>
        <translation>{} 图层字段“{}”：{} 个地块为空值，采用 {} = {}：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="166"/>
        <source>Layer {}, field &apos;{}&apos;: {}; {} parcels: {}</source>
        <translation>{} 图层字段“{}”：{}；涉及 {} 个地块：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="178"/>
        <source>Layer {}, field &apos;{}&apos;: {} for {} parcels: {}</source>
        <translation>{0} 图层字段“{1}”：{3} 个地块的{2}：{4}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="200"/>
        <source>Layer DEMOLITION has no features.</source>
        <translation>DEMOLITION 图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="202"/>
        <source>{} 拆旧 features with invalid geometry were left out.</source>
        <translation>{} 个几何无效的拆旧要素已剔除。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="218"/>
        <source>κ must lie in (0, 1]</source>
        <translation>复垦系数 κ 须在 (0, 1] 之间</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="229"/>
        <source>grades must lie in 1–{} ({})</source>
        <translation>质量等别须在 1–{} 之间（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="240"/>
        <source>cost is NULL or negative</source>
        <translation>成本为空或为负</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="260"/>
        <source>{} 拆旧 parcels have a NULL priority: 0 used</source>
        <translation>{} 个拆旧地块优先度为空：取 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="288"/>
        <source>{} 拆旧 parcels lie in no PRIORITY_LAYER polygon: priority 0 ({})</source>
        <translation>{} 个拆旧地块不在任何 PRIORITY_LAYER 面内：优先度取 0（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="311"/>
        <source>Layer CONSTRUCTION has no features.</source>
        <translation>CONSTRUCTION 图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="313"/>
        <source>{} 建新 features with invalid geometry were left out.</source>
        <translation>{} 个几何无效的建新要素已剔除。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="320"/>
        <source>value is NULL</source>
        <translation>价值为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="333"/>
        <source>Layer CONSTRUCTION, field &apos;{}&apos;: {}</source>
        <translation>CONSTRUCTION 图层字段“{}”：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="337"/>
        <source>{} 建新 parcels have no type and are treated as urban (they must lie inside the urban growth boundary): {}</source>
        <translation>{} 个建新地块未填类型，按城镇建设处理（须位于城镇开发边界内）：{}</translation>
    </message>
    <message>
        <location filename="../../core/solver.py" line="93"/>
        <source>This analysis solves a mixed-integer programme with scipy.optimize.milp, which needs SciPy {needed} or newer; the Python of this QGIS has SciPy {version}. Update SciPy for QGIS&apos;s Python (or use a QGIS that ships a newer one).</source>
        <translation>此分析用 scipy.optimize.milp 求解混合整数规划，需要 SciPy {needed} 或更新版本；当前 QGIS 的 Python 中 SciPy 版本为 {version}。请为 QGIS 的 Python 升级 SciPy（或使用自带较新 SciPy 的 QGIS）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/atlas.py" line="382"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/atlas.py" line="424"/>
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/atlas.py" line="463"/>
        <source>Planning atlas</source>
        <translation>规划图集</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/atlas_pages.py" line="132"/>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="36"/>
        <source>Hollow villages by level</source>
        <translation>空心村分级图</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="42"/>
        <source>Public service facility gaps: {name}</source>
        <translation>公共服务设施缺口分布图：{name}</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="46"/>
        <source>Land-quota linkage: 拆旧, 建新 and their pairs</source>
        <translation>城乡建设用地增减挂钩布局图（拆旧、建新及挂钩配对）</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="48"/>
        <source>Three-control-line compliance</source>
        <translation>三线合规检查图</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="50"/>
        <source>Urban–rural flows: {name}</source>
        <translation>城乡要素流动图：{name}</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="453"/>
        <source>Urban–rural flows</source>
        <translation>城乡要素流动图</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="57"/>
        <source>Township boundary</source>
        <translation>乡镇界</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="291"/>
        <source>Villages by hollowing level</source>
        <translation>村庄空心化等级</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="61"/>
        <source>Villages by gap class</source>
        <translation>村庄设施缺口类型</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="62"/>
        <source>Facilities (size: load)</source>
        <translation>设施（符号大小：负荷）</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="63"/>
        <source>Population coverage rate</source>
        <translation>人口覆盖率</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="67"/>
        <source>Quota pairs 拆旧 → 建新 (width: quota)</source>
        <translation>挂钩配对 拆旧 → 建新（线宽：指标）</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="68"/>
        <source>建新 parcels</source>
        <translation>建新地块</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="69"/>
        <source>拆旧 parcels</source>
        <translation>拆旧地块</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="70"/>
        <source>Conflicts with a control line</source>
        <translation>与管控线冲突图斑</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="71"/>
        <source>Planned features checked</source>
        <translation>规划要素检查结果</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="75"/>
        <source>Flows (width: gross flow)</source>
        <translation>流动（线宽：总流量）</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="76"/>
        <source>Nodes (size: gross flow)</source>
        <translation>节点（符号大小：总流量）</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="83"/>
        <source>Flows to or from places without a location (e.g. cities outside the county) are counted in the report but not drawn.</source>
        <translation>流向或来自无位置地点（如县外城市）的流动已计入报告，但未在图上绘出。</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="97"/>
        <source>Producer: {producer}</source>
        <translation>编制单位：{producer}</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="99"/>
        <source>Date: {date}</source>
        <translation>编制日期：{date}</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="102"/>
        <source>Data sources: {sources}</source>
        <translation>数据来源：{sources}</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="104"/>
        <source>Coordinate system: {crs}</source>
        <translation>坐标系：{crs}</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="107"/>
        <source>Note: fictitious sample data for demonstration; they show no real place.</source>
        <translation>注：本图数据为虚构的样例数据，仅供演示，不代表任何真实地区。</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="108"/>
        <source>Made with URFlow {version}</source>
        <translation>制图工具：URFlow {version}</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="124"/>
        <source>Scale 1:{scale}</source>
        <translation>比例尺 1:{scale}</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="267"/>
        <source>Control line</source>
        <translation>管控线</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="213"/>
        <source>Features in conflict</source>
        <translation>冲突要素数（个）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="279"/>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="269"/>
        <source>Area (mu 亩)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="216"/>
        <source>Net of 田坎 (ha)</source>
        <translation>扣除田坎后面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="280"/>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="231"/>
        <source>Conflicts with the control lines by township</source>
        <translation>各乡镇管控线冲突统计</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="250"/>
        <source>Overlap</source>
        <translation>重叠类型</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="250"/>
        <source>Pieces</source>
        <translation>图斑数（个）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="250"/>
        <source>Overlaps between the control lines</source>
        <translation>三条控制线之间的重叠</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="264"/>
        <source>Feature id</source>
        <translation>要素编号</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="372"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="283"/>
        <source>Planned features in conflict</source>
        <translation>冲突规划要素清单</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="285"/>
        <source>The {shown} largest of {count} conflicting pieces are listed.</source>
        <translation>共 {count} 个冲突图斑，此处列出面积最大的 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="303"/>
        <source>Conflict area by township (ha)</source>
        <translation>各乡镇冲突面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="361"/>
        <source>Three-control-line compliance (三线合规检查)</source>
        <translation>三线合规检查</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="381"/>
        <source>{conflict} of {checked} planned features conflict with a control line ({area} ha, {mu} mu 亩).</source>
        <translation>{checked} 个规划要素中有 {conflict} 个与管控线冲突（{area} 公顷，{mu} 亩）。</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="393"/>
        <source>Conflicts with the control lines: {area} ha ({mu} mu 亩).</source>
        <translation>与管控线冲突面积：{area} 公顷（{mu} 亩）。</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="28"/>
        <source>units of the flow table</source>
        <translation>流量表单位</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="29"/>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="30"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="31"/>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="33"/>
        <source>mu 亩</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="143"/>
        <source>Urban → urban</source>
        <translation>城镇→城镇</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="144"/>
        <source>Urban → rural</source>
        <translation>城镇→乡村</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="145"/>
        <source>Rural → urban</source>
        <translation>乡村→城镇</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="146"/>
        <source>Rural → rural</source>
        <translation>乡村→乡村</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="257"/>
        <source>Kind</source>
        <translation>要素类型</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="302"/>
        <source>Net rural outflow</source>
        <translation>乡村净流出</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="163"/>
        <source>Flows between urban and rural nodes (urban–rural matrix)</source>
        <translation>城乡节点间流动（城乡流动矩阵）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="166"/>
        <source>Flows between urban and rural nodes ({unit})</source>
        <translation>城乡节点间流动（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="181"/>
        <source>Outflow</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="181"/>
        <source>Inflow</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="143"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="187"/>
        <source>Net (inflow − outflow)</source>
        <translation>净流入（流入−流出）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="253"/>
        <source>Urban–rural flows (城乡要素流动)</source>
        <translation>城乡要素流动</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="260"/>
        <source>{heading}: {kind}</source>
        <translation>{heading}：{kind}</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="268"/>
        <source>Net rural outflow: {net} {unit} of {total} {unit} in all ({share}).</source>
        <translation>乡村净流出 {net} {unit}，占流动总量 {total} {unit} 的 {share}。</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="282"/>
        <source>Top {n} sending villages (largest outflow)</source>
        <translation>流出最多的前 {n} 个村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="291"/>
        <source>Top {n} receiving towns and cities (largest inflow)</source>
        <translation>流入最多的前 {n} 个城镇（含城市）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="301"/>
        <source>Largest sender {village} ({out} {unit}); largest receiver {town} ({into} {unit}).</source>
        <translation>流出最多的是{village}（{out} {unit}），流入最多的是{town}（{into} {unit}）。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/decide.py" line="103"/>
        <source>The rules must be sorted by distinct orders.</source>
        <translation>规则必须按互不相同的 order 排序。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/decide.py" line="106"/>
        <source>The rule matches must be a table of villages × {r} rules; got shape {shape}.</source>
        <translation>规则命中表必须为 村庄 × {r} 条规则；实际形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/potential.py" line="35"/>
        <source>POTENTIAL_DIRECTIONS needs one + or − per potential field ({m}), got {text}.</source>
        <translation>POTENTIAL_DIRECTIONS 需要为每个潜力字段（{m} 个）给出一个 + 或 −，实际为 {text}。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/potential.py" line="71"/>
        <source>potential custom weights</source>
        <translation>潜力自定义权重</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="60"/>
        <source>The rules table is neither UTF-8 nor GBK text.</source>
        <translation>规则表既不是 UTF-8 也不是 GBK 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="69"/>
        <source>Rules table line {line}: {what} must be an integer, got {value}.</source>
        <translation>规则表第 {line} 行：{what} 必须为整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="90"/>
        <source>The rules table lacks the columns {missing}; it needs {columns}.</source>
        <translation>规则表缺少列 {missing}；需要的列为 {columns}。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="111"/>
        <source>Rule {order}: unknown class_code {code}; the codes are 1 集聚提升, 2 城郊融合, 3 特色保护, 4 搬迁撤并, 0 暂不分类.</source>
        <translation>规则 {order}：未知的类别代码 class_code {code}；代码为 1 集聚提升、2 城郊融合、3 特色保护、4 搬迁撤并、0 暂不分类。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="119"/>
        <source>Rule {order}: the condition is empty.</source>
        <translation>规则 {order}：条件为空。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="136"/>
        <source>The rules table has no rule.</source>
        <translation>规则表中没有规则。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="140"/>
        <source>The rules table gives the same order to several rules: {orders}.</source>
        <translation>规则表中多条规则的 order 相同：{orders}。</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="155"/>
        <source>Cannot read the rules table {path}: {error}</source>
        <translation>无法读取规则表 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../core/villageclass/rules.py" line="172"/>
        <source>Rule {order}: the condition names the field {fields}, which neither the village layer nor the derived fields have.</source>
        <translation>规则 {order}：条件引用的字段 {fields} 既不在村庄图层中，也不是派生字段。</translation>
    </message>
    <message>
        <location filename="../../core/siting/formulation.py" line="181"/>
        <source>The solver stopped without a solution: {message}</source>
        <translation>求解器未得到解就停止了：{message}</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="73"/>
        <source>Cost pairs must have as many rows, columns and values.</source>
        <translation>成本组合的行号、列号和数值个数必须相同。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="75"/>
        <source>A cost pair names a demand point or candidate out of range.</source>
        <translation>某个成本组合引用了超出范围的需求点或候选点。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="77"/>
        <source>Costs must be finite and &gt;= 0.</source>
        <translation>成本必须为有限值且 &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="80"/>
        <source>A demand–candidate pair is listed more than once in the costs.</source>
        <translation>某个需求点—候选点组合在成本中出现了多次。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="145"/>
        <source>Unknown model {model}; use one of: {models}.</source>
        <translation>未知模型 {model}；请使用：{models}。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="151"/>
        <source>There are no candidate sites.</source>
        <translation>没有候选点。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="153"/>
        <source>existing</source>
        <translation>现状设施</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="161"/>
        <source>The threshold must be &gt;= 0.</source>
        <translation>阈值必须 &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="163"/>
        <source>LSCP and MCLP need a threshold (or a standard that gives one).</source>
        <translation>LSCP 和 MCLP 需要阈值（或给出阈值的标准）。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="166"/>
        <source>The number of new facilities and CURVE_MAX must be &gt;= 0.</source>
        <translation>新增设施数和 CURVE_MAX 必须 &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="169"/>
        <source>{p} new facilities were asked for, but there are only {n} candidate sites that are not existing facilities.</source>
        <translation>要求新增 {p} 处设施，但非现状设施的候选点只有 {n} 个。</translation>
    </message>
    <message>
        <location filename="../../core/siting/problem.py" line="175"/>
        <source>time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="203"/>
        <source>Village classification (村庄分类)</source>
        <translation>村庄分类</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="59"/>
        <source>Villages by class</source>
        <translation>村庄分类</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="213"/>
        <source>Villages per class by township</source>
        <translation>各乡镇分类村庄数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="322"/>
        <source>Villages per class</source>
        <translation>各类村庄数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="387"/>
        <source>Village</source>
        <translation>村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="328"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="232"/>
        <source>Deciding rule (order)</source>
        <translation>决定规则（序号）</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="233"/>
        <source>Rule source</source>
        <translation>规则依据</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="238"/>
        <source>Villages to relocate or merge and villages to protect, with the deciding rule</source>
        <translation>搬迁撤并类与特色保护类村庄及其决定规则</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="247"/>
        <source>Later rules also matched</source>
        <translation>同时满足的后续规则</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="247"/>
        <source>Conflicts: villages that later rules also matched</source>
        <translation>规则冲突：同时满足后续规则的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="257"/>
        <source>{villages} villages classified ({counts}); {conflicts} with conflicting rules.</source>
        <translation>共分类 {villages} 个村庄（{counts}）；{conflicts} 个存在规则冲突。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="81"/>
        <source>The fields {fields} all match &apos;{wanted}&apos; (case-insensitively); keep one.</source>
        <translation>字段 {fields} 都与“{wanted}”匹配（不区分大小写）；请只保留一个。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="120"/>
        <source>The code table is neither UTF-8 nor GBK text.</source>
        <translation>代码表既不是 UTF-8 也不是 GBK 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="130"/>
        <source>The code table {path} cannot be read: {reason}</source>
        <translation>无法读取代码表 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="157"/>
        <source>The code table is empty.</source>
        <translation>代码表为空。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="161"/>
        <source>The code table lacks the columns {missing}; it needs {columns}.</source>
        <translation>代码表缺少列 {missing}；需要的列为 {columns}。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="175"/>
        <source>Code table line {line}: unknown role &apos;{role}&apos;; the roles are {roles}.</source>
        <translation>代码表第 {line} 行：未知的 role“{role}”；可用的 role 为 {roles}。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="182"/>
        <source>Code table line {line}: unknown classification '{value}'; use sandiao (三调), ydyh (用地用海) or * (both).</source>
        <translation>代码表第 {line} 行：未知的分类“{value}”；请用 sandiao（三调）、ydyh（用地用海）或 *（两者）。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="190"/>
        <source>Code table line {line}: role &apos;{role}&apos; needs a field and codes.</source>
        <translation>代码表第 {line} 行：role“{role}”需要字段和代码。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="208"/>
        <source>Code table line {line}: a second &apos;{role}&apos; row for {where}.</source>
        <translation>代码表第 {line} 行：{where} 的“{role}”行重复。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/codes.py" line="217"/>
        <source>The code table has no {roles} row for {where}.</source>
        <translation>代码表中没有 {where} 的 {roles} 行。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/extract.py" line="121"/>
        <source>Unknown classification &apos;{value}&apos;.</source>
        <translation>未知的分类“{value}”。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/extract.py" line="123"/>
        <source>Unknown invalid-geometry policy &apos;{value}&apos;.</source>
        <translation>未知的无效几何处理方式“{value}”。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/extract.py" line="132"/>
        <source>The field of &apos;{role}&apos; was not read.</source>
        <translation>未读取“{role}”的字段。</translation>
    </message>
    <message>
        <location filename="../../core/landsurvey/extract.py" line="139"/>
        <source>{count} selected parcels have an invalid polygon (feature ids {ids}). Repair them (Fix geometries), or set Processing&apos;s invalid features filtering to &apos;Do not filter&apos; to have them repaired here, or to &apos;Skip&apos; to leave them out.</source>
        <translation>{count} 个被选中的图斑的多边形无效（要素编号 {ids}）。请先修复（“修复几何”工具），或将 Processing 的无效要素过滤设为“不过滤”以在此修复，或设为“跳过”以排除这些图斑。</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="44"/>
        <source>Facility siting: new sites and the villages they serve</source>
        <translation>公共服务设施布局优化：新增设施及其服务村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="64"/>
        <source>New sites and existing facilities</source>
        <translation>新增设施与现状设施</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="65"/>
        <source>Village → site (colour: travel cost)</source>
        <translation>村庄→设施（颜色：出行成本）</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="66"/>
        <source>Villages by coverage</source>
        <translation>村庄覆盖情况</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="73"/>
        <source>LSCP: fewest new sites so that every village within reach is covered</source>
        <translation>LSCP（集合覆盖）：以最少的新增设施覆盖所有可覆盖的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="74"/>
        <source>MCLP: the given number of new sites covering the most people</source>
        <translation>MCLP（最大覆盖）：给定新增设施数，覆盖人口最多</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="75"/>
        <source>p-median: least total population × travel cost</source>
        <translation>p-中值：人口×出行成本之和最小</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="76"/>
        <source>p-center: least largest travel cost</source>
        <translation>p-中心：最大出行成本最小</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="82"/>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="83"/>
        <source>time limit reached: best solution found</source>
        <translation>达到时间上限：已找到的最好解</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="84"/>
        <source>infeasible (capacity shortfall)</source>
        <translation>不可行（容量不足）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="89"/>
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="89"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="94"/>
        <source>all residents</source>
        <translation>全部常住人口</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="95"/>
        <source>people aged 60 and over</source>
        <translation>60岁及以上人口</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="96"/>
        <source>children aged 6–11</source>
        <translation>6–11岁儿童</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="97"/>
        <source>children aged 3–5</source>
        <translation>3–5岁儿童</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="113"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="129"/>
        <source>none (every assigned village counts as covered)</source>
        <translation>无（分配到设施的村庄均计为覆盖）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="134"/>
        <source>{threshold} (standard {id}: {name}, {source})</source>
        <translation>{threshold}（配置标准 {id}：{name}，{source}）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="139"/>
        <source>{field} ({basis})</source>
        <translation>{field}（{basis}）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="144"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="145"/>
        <source>Covering threshold (inclusive)</source>
        <translation>覆盖阈值（含）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="146"/>
        <source>Population counted (field)</source>
        <translation>计算人口（字段）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="148"/>
        <source>Travel costs</source>
        <translation>出行成本</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="149"/>
        <source>{unit} along the shortest road-network path (straight line × detour factor without a network; as given in a cost table)</source>
        <translation>沿路网最短路径的{unit}（无路网时为直线距离×绕行系数；给定成本表时取表中数值）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="154"/>
        <source>Assignment</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="154"/>
        <source>each village wholly to one open site; existing sites stay open</source>
        <translation>每个村庄整体分配到一处开放设施；现状设施保持开放</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="155"/>
        <source>Solver status</source>
        <translation>求解状态</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="156"/>
        <source>Optimality gap</source>
        <translation>最优性间隙</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="215"/>
        <source>Method and parameters</source>
        <translation>方法与参数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="385"/>
        <source>New sites</source>
        <translation>新增设施</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="372"/>
        <source>Site</source>
        <translation>设施点</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="372"/>
        <source>Villages served</source>
        <translation>服务村庄数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="373"/>
        <source>Assigned population (people)</source>
        <translation>分配人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="373"/>
        <source>Load (assigned / capacity)</source>
        <translation>负荷（分配人口/容量）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="245"/>
        <source>New sites: {n}; existing facilities kept open: {m}</source>
        <translation>新增设施：{n} 处；保留现状设施：{m} 处</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="254"/>
        <source>Villages that stay uncovered</source>
        <translation>仍未覆盖的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="256"/>
        <source>Every village is within the threshold of an open site.</source>
        <translation>所有村庄均在开放设施的阈值范围内。</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="387"/>
        <source>Population (people)</source>
        <translation>人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="387"/>
        <source>Assigned site</source>
        <translation>分配设施</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="265"/>
        <source>Cost to the assigned site</source>
        <translation>至分配设施的成本</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="272"/>
        <source>none within reach</source>
        <translation>无可达设施</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="277"/>
        <source>Villages beyond the threshold: {n} ({people})</source>
        <translation>超出阈值的村庄：{n} 个（{people}）</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="304"/>
        <source>What each extra site buys</source>
        <translation>每增加一处设施带来什么</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="305"/>
        <source>Population coverage by number of new sites</source>
        <translation>不同新增设施数下的人口覆盖率</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="402"/>
        <source>New sites (k)</source>
        <translation>新增设施数（k）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="402"/>
        <source>Covered population (people)</source>
        <translation>覆盖人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="404"/>
        <source>Mean cost ({unit})</source>
        <translation>平均成本（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="405"/>
        <source>Largest cost ({unit})</source>
        <translation>最大成本（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="406"/>
        <source>Gain of the extra site (people)</source>
        <translation>新增一处设施增加的覆盖人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="406"/>
        <source>New sites chosen</source>
        <translation>选中的新增设施</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="333"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="337"/>
        <source>Each row is solved anew with k new sites; the sites of one row need not include those of the row before.</source>
        <translation>每行按 k 处新增设施重新求解；某一行的设施不一定包含上一行的设施。</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="352"/>
        <source>Facility siting: new sites to close the gaps</source>
        <translation>公共服务设施布局优化：补齐缺口的新增设施</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="357"/>
        <source>New sites, existing facilities and the villages they serve</source>
        <translation>新增设施、现状设施及其服务的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="370"/>
        <source>Facility siting: new sites {new}; covered {covered} of {total} ({rate}); villages uncovered {n}.</source>
        <translation>设施布局优化：新增设施 {new} 处；覆盖 {total} 中的 {covered}（{rate}）；仍未覆盖村庄 {n} 个。</translation>
    </message>
    <message>
        <location filename="../../reporting/siting.py" line="383"/>
        <source>Facility siting: new sites {new}.</source>
        <translation>设施布局优化：新增设施 {new} 处。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="129"/>
        <source>There are no settlements.</source>
        <translation>没有居民点。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="132"/>
        <source>There must be one id per settlement.</source>
        <translation>每个居民点必须有一个编号。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="136"/>
        <source>Costs must run between the {n} settlements; their shape is {shape}.</source>
        <translation>成本必须是 {n} 个居民点之间的成本；其形状为 {shape}。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="141"/>
        <source>settlement area</source>
        <translation>居民点用地面积</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="141"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="146"/>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="145"/>
        <source>DEFAULT_KAPPA must lie between 0 and 1.</source>
        <translation>DEFAULT_KAPPA 必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="147"/>
        <source>class</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="149"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="150"/>
        <source>masked</source>
        <translation>位于限制区</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="156"/>
        <source>CENTRAL_COUNT, MIN_KEEP_POP, MIN_CENTRAL_POP and LAND_STANDARD must be &gt;= 0.</source>
        <translation>CENTRAL_COUNT、MIN_KEEP_POP、MIN_CENTRAL_POP 和 LAND_STANDARD 必须 &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="159"/>
        <source>MAX_MOVE_COST</source>
        <translation>MAX_MOVE_COST</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="160"/>
        <source>MAX_CENTRAL_POP</source>
        <translation>MAX_CENTRAL_POP</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="162"/>
        <source>MAX_CENTRAL_POP is smaller than MIN_CENTRAL_POP.</source>
        <translation>MAX_CENTRAL_POP 小于 MIN_CENTRAL_POP。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="163"/>
        <source>TIME_LIMIT</source>
        <translation>TIME_LIMIT</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="175"/>
        <source>Fixed central villages that must move (class 4 搬迁撤并, or fewer residents than MIN_KEEP_POP): {ids}. Unfix them or change their class.</source>
        <translation>固定中心村必须搬迁（4 搬迁撤并类，或常住人口少于 MIN_KEEP_POP）：{ids}。请取消固定或修改其分类。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="182"/>
        <source>Fixed central villages that are protected (class 3 特色保护 receives no one): {ids}.</source>
        <translation>固定中心村属特色保护（3 特色保护类不接收迁入）：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="189"/>
        <source>Fixed central villages inside a mask (ECO_REDLINE, PERMANENT_FARMLAND or HAZARD): {ids}.</source>
        <translation>固定中心村位于限制区内（ECO_REDLINE、PERMANENT_FARMLAND 或 HAZARD）：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="196"/>
        <source>Fixed central villages with more residents than MAX_CENTRAL_POP: {ids}.</source>
        <translation>固定中心村人口超过 MAX_CENTRAL_POP：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="203"/>
        <source>CENTRAL_COUNT is {p}, fewer than the {k} fixed central villages: {ids}.</source>
        <translation>CENTRAL_COUNT 为 {p}，少于 {k} 个固定中心村：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="209"/>
        <source>Settlements that must move have no settlement area: {ids}.</source>
        <translation>以下须搬迁的居民点没有用地面积：{ids}。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="216"/>
        <source>CENTRAL_COUNT is {p}, but only {k} settlements may become central (not protected, not masked, not moving, within MAX_CENTRAL_POP).</source>
        <translation>CENTRAL_COUNT 为 {p}，但只有 {k} 个居民点可成为中心村（非特色保护、不在限制区、不搬迁、不超过 MAX_CENTRAL_POP）。</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="227"/>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/problem.py" line="229"/>
        <source>Settlements that must move have no costs (not in the cost table, or off the road network): {ids}.</source>
        <translation>以下须搬迁的居民点没有成本（不在成本表中，或不在路网上）：{ids}。</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="266"/>
        <source>Settlement consolidation (村庄撤并与中心村布局)</source>
        <translation>村庄撤并与中心村布局</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="60"/>
        <source>Settlements by role</source>
        <translation>按角色的居民点</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="335"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="335"/>
        <source>Settlements</source>
        <translation>居民点数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="335"/>
        <source>Settlements per role</source>
        <translation>各角色居民点数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="350"/>
        <source>Central village</source>
        <translation>中心村</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="342"/>
        <source>Own residents</source>
        <translation>原有人口</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="342"/>
        <source>Residents received</source>
        <translation>迁入人口</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="343"/>
        <source>Residents after the moves</source>
        <translation>迁入后人口</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="343"/>
        <source>Settlements moving in</source>
        <translation>迁入居民点数</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="283"/>
        <source>Central villages and the residents they receive</source>
        <translation>中心村及其迁入人口</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="350"/>
        <source>Settlement</source>
        <translation>居民点</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="350"/>
        <source>Residents</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="352"/>
        <source>Released land, ha</source>
        <translation>腾退用地（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="302"/>
        <source>Moves: each settlement and its central village</source>
        <translation>迁移：各居民点及其迁入的中心村</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="320"/>
        <source>{moves} settlements move ({residents} residents) to {centrals} central villages; {released} ha of settlement land released, of which {cultivated} ha can become cultivated land.</source>
        <translation>{moves} 个居民点（{residents} 人）迁入 {centrals} 个中心村；腾退居民点用地 {released} 公顷，其中 {cultivated} 公顷可新增耕地。</translation>
    </message>
    <message>
        <location filename="../../core/solver.py" line="328"/>
        <source>the solver process could not be reached: {e}</source>
        <translation>无法连接求解器进程：{e}</translation>
    </message>
    <message>
        <location filename="../../core/solver.py" line="340"/>
        <source>the solver process ended unexpectedly (exit code {code})</source>
        <translation>求解器进程意外结束（退出码 {code}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/maps.py" line="250"/>
        <source>拆旧–建新 pairs (width: quota)</source>
        <translation>拆旧–建新配对（线宽表示指标）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="323"/>
        <source>Planned layer checked</source>
        <translation>被检查的规划图层</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="243"/>
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="243"/>
        <source>Ecological protection red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="169"/>
        <source>Urban growth boundary</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="259"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="334"/>
        <source>Type of planned use</source>
        <translation>规划用途类型</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="334"/>
        <source>田坎 deduction coefficient</source>
        <translation>田坎扣除系数</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="343"/>
        <source>Types counted as urban construction</source>
        <translation>计为城镇建设的类型</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="344"/>
        <source>planar, in the working CRS</source>
        <translation>平面面积（工作坐标系）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="344"/>
        <source>ellipsoidal, CGCS2000</source>
        <translation>椭球面积（CGCS2000）</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="346"/>
        <source>Area method</source>
        <translation>面积计算方法</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="347"/>
        <source>Smallest overlap counted</source>
        <translation>计入的最小重叠面积</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="348"/>
        <source>Planned features conflicting with a line</source>
        <translation>与控制线冲突的规划要素</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="351"/>
        <source>Planned features compliant</source>
        <translation>合规的规划要素</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="352"/>
        <source>Slivers left out</source>
        <translation>未计入的碎片</translation>
    </message>
    <message>
        <location filename="../../reporting/compliance.py" line="353"/>
        <source>Features not checked</source>
        <translation>未检查的要素</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="186"/>
        <source>capacity units</source>
        <translation>容量单位</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="191"/>
        <source>seats</source>
        <translation>学位</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="192"/>
        <source>places</source>
        <translation>托位</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="193"/>
        <source>doctors</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="194"/>
        <source>beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="200"/>
        <source>total population</source>
        <translation>全部人口</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="212"/>
        <source>Population (人, {basis})</source>
        <translation>人口（人，{basis}）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="213"/>
        <source>Population (人)</source>
        <translation>人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="222"/>
        <source>walking</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="223"/>
        <source>bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="224"/>
        <source>e-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="225"/>
        <source>car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="228"/>
        <source>two-step floating catchment area (2SFCA)</source>
        <translation>两步移动搜索法（2SFCA）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="229"/>
        <source>enhanced 2SFCA with distance-decay steps (E2SFCA)</source>
        <translation>分段距离衰减的增强两步移动搜索法（E2SFCA）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="230"/>
        <source>2SFCA with Gaussian distance decay</source>
        <translation>高斯距离衰减的两步移动搜索法</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="233"/>
        <source>checked in the source</source>
        <translation>已核对原文</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="234"/>
        <source>textbook value</source>
        <translation>教科书常用值</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="235"/>
        <source>to verify against the printed clause</source>
        <translation>待与印刷条文核对</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="236"/>
        <source>common practice, not a legal norm</source>
        <translation>通行做法，非法定标准</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="242"/>
        <source>Facility and level</source>
        <translation>设施及层级</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="247"/>
        <source>Standard (source and clause)</source>
        <translation>标准（出处及条款）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="247"/>
        <source>{source}, {clause} ({status})</source>
        <translation>{source}，{clause}（{status}）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="258"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="258"/>
        <source>none: threshold and provision set by the planner</source>
        <translation>无：阈值和配置标准由规划人员设定</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="259"/>
        <source>Demand (villages)</source>
        <translation>需求点（村庄）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="259"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="169"/>
        <source>Road network</source>
        <translation>道路网</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="270"/>
        <source>Population served</source>
        <translation>服务人口</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="276"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="278"/>
        <source>Travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="280"/>
        <source>Distances</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="280"/>
        <source>straight line × detour factor {factor}</source>
        <translation>直线距离 × 绕行系数 {factor}</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="288"/>
        <source>Threshold (inclusive)</source>
        <translation>服务阈值（含）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="295"/>
        <source>Provision standard</source>
        <translation>配置标准</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="295"/>
        <source>{value} {unit} per 1,000 people</source>
        <translation>每千人 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="295"/>
        <source>none (coverage only)</source>
        <translation>无（仅计覆盖）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="306"/>
        <source>Accessibility method</source>
        <translation>可达性方法</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="308"/>
        <source>Coverage (share of the population)</source>
        <translation>覆盖率（人口比例）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="311"/>
        <source>Unreachable by road</source>
        <translation>道路不可达</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="208"/>
        <source>Nearest facility</source>
        <translation>最近设施</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="208"/>
        <source>Cost to nearest ({unit})</source>
        <translation>到最近设施（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="327"/>
        <source>Cost to nearest</source>
        <translation>到最近设施</translation>
    </message>
    <message>
        <location filename="../../reporting/facilities.py" line="340"/>
        <source>{kind}: {name}, {n} villages</source>
        <translation>{kind}：{name}，{n} 个村</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="180"/>
        <source>Mean cost to nearest ({unit})</source>
        <translation>到最近设施平均（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="181"/>
        <source>Largest cost to nearest ({unit})</source>
        <translation>到最近设施最大（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="178"/>
        <source>Deficit ({unit})</source>
        <translation>缺口（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="158"/>
        <source>Population covered (人)</source>
        <translation>覆盖人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="209"/>
        <source>Nodes (villages and towns)</source>
        <translation>节点（村庄和城镇）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="209"/>
        <source>Flow table</source>
        <translation>流量表</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="218"/>
        <source>Flow value</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="301"/>
        <source>Kind of flow</source>
        <translation>流动类型</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="218"/>
        <source>Mass (gravity model)</source>
        <translation>质量（引力模型）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="228"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="229"/>
        <source>straight line (km)</source>
        <translation>直线距离（千米）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="229"/>
        <source>along the road network</source>
        <translation>沿道路网</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="231"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="233"/>
        <source>none (listed flows only)</source>
        <translation>无（仅列出的流量）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="234"/>
        <source>unconstrained (masses)</source>
        <translation>无约束（按质量）</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="235"/>
        <source>doubly constrained</source>
        <translation>双约束</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="238"/>
        <source>Gravity model for unlisted pairs</source>
        <translation>未列出点对的引力模型</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="242"/>
        <source>Distance-decay exponent β</source>
        <translation>距离衰减指数 β</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="243"/>
        <source>Smallest flow drawn</source>
        <translation>绘制的最小流量</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="301"/>
        <source>Total flow</source>
        <translation>总流量</translation>
    </message>
    <message>
        <location filename="../../reporting/flows.py" line="245"/>
        <source>Pairs estimated by the gravity model</source>
        <translation>引力模型估算的点对</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="162"/>
        <source>entropy weights (objective: from how much each indicator varies)</source>
        <translation>熵权法（客观赋权：依各指标的离散程度）</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="187"/>
        <source>equal weights</source>
        <translation>等权</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="164"/>
        <source>AHP (analytic hierarchy process, pairwise comparisons)</source>
        <translation>层次分析法（AHP，两两比较）</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="188"/>
        <source>weights given by the planner</source>
        <translation>规划人员给定权重</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="188"/>
        <source>AHP combined with entropy weights</source>
        <translation>层次分析法与熵权法组合赋权</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="167"/>
        <source>weighted sum of the min–max normalised indicators</source>
        <translation>极差标准化指标的加权和</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="168"/>
        <source>TOPSIS (closeness to the most hollow ideal)</source>
        <translation>TOPSIS（与最空心理想解的贴近度）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="169"/>
        <source>natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="170"/>
        <source>quantiles (equal numbers of villages)</source>
        <translation>分位数法（各级村庄数相等）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="171"/>
        <source>equal intervals of the score</source>
        <translation>等间距分级</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="172"/>
        <source>fixed score thresholds given by the planner</source>
        <translation>规划人员给定的固定阈值</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="169"/>
        <source>Village layer</source>
        <translation>村庄图层</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="182"/>
        <source>Settlement land (overlaid)</source>
        <translation>居民点用地（叠加）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="182"/>
        <source>Buildings (vacancy)</source>
        <translation>建筑（空置）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="182"/>
        <source>Night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Registered population (人)</source>
        <translation>户籍人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Resident population (人)</source>
        <translation>常住人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Resident elderly (人)</source>
        <translation>常住老年人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Out-migrant workers (人)</source>
        <translation>外出务工人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Working-age population (人)</source>
        <translation>劳动年龄人口（人）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Homesteads (处)</source>
        <translation>宅基地（处）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="192"/>
        <source>Idle homesteads (处)</source>
        <translation>闲置宅基地（处）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="208"/>
        <source>(consistency ratio CR = {cr})</source>
        <translation>（一致性比率 CR = {cr}）</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="212"/>
        <source>(AHP share α = {alpha})</source>
        <translation>（AHP 占比 α = {alpha}）</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="190"/>
        <source>Weighting method</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="218"/>
        <source>Weight of {indicator}</source>
        <translation>{indicator} 的权重</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="144"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="227"/>
        <source>Levels and class breaks</source>
        <translation>等级及分级断点</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="227"/>
        <source>{classes} levels by {method}; upper bound of each level on the score: {breaks}</source>
        <translation>按{method}分为 {classes} 级；各级得分上限：{breaks}</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="239"/>
        <source>Settlement-land standard</source>
        <translation>居民点用地标准</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="239"/>
        <source>{value} m² per resident</source>
        <translation>每常住人口 {value} 平方米</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="264"/>
        <source>New-cultivated-land coefficient κ</source>
        <translation>新增耕地系数 κ</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="250"/>
        <source>Typology thresholds</source>
        <translation>类型划分阈值</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="250"/>
        <source>population hollowing P1 ≥ {p}; idle homesteads L1 ≥ {l}</source>
        <translation>人口空心化率 P1 ≥ {p}；宅基地闲置率 L1 ≥ {l}</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="258"/>
        <source>Villages assessed</source>
        <translation>参评村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="144"/>
        <source>Driving indicator</source>
        <translation>主导指标</translation>
    </message>
    <message>
        <location filename="../../reporting/hollow.py" line="308"/>
        <source>{level}: {n} villages</source>
        <translation>{level}：{n} 个村</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="234"/>
        <source>reclaimed cultivated land (复垦耕地)</source>
        <translation>复垦耕地</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="235"/>
        <source>reclaimed construction land (拆旧建设用地)</source>
        <translation>拆旧建设用地</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="238"/>
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="239"/>
        <source>stopped at the time limit (best plan found)</source>
        <translation>达到时间上限停止（已得最好方案）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="240"/>
        <source>infeasible: no plan meets every rule</source>
        <translation>无可行解：没有方案满足全部规则</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="241"/>
        <source>solver error</source>
        <translation>求解器错误</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="243"/>
        <source>拆旧 candidates</source>
        <translation>拆旧候选地块</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="243"/>
        <source>建新 candidates</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="243"/>
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="243"/>
        <source>Priority (hollow villages)</source>
        <translation>优先级（空心村）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="257"/>
        <source>Quota basis</source>
        <translation>指标核算依据</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="261"/>
        <source>(default {kappa} where empty)</source>
        <translation>（空值取默认 {kappa}）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="265"/>
        <source>Cultivated-land quality must not fall</source>
        <translation>耕地质量不降低</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="267"/>
        <source>Largest 拆旧–建新 pair distance</source>
        <translation>拆旧–建新最大配对距离</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="268"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="269"/>
        <source>Cost (万元)</source>
        <translation>成本（万元）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="269"/>
        <source>Value (万元)</source>
        <translation>价值（万元）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="266"/>
        <source>Project area</source>
        <translation>项目区</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="278"/>
        <source>Objective weights</source>
        <translation>目标权重</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="278"/>
        <source>priority {priority}, distance {distance}</source>
        <translation>优先级 {priority}，距离 {distance}</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="288"/>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="288"/>
        <source>HiGHS mixed-integer programme (scipy.optimize.milp)</source>
        <translation>HiGHS 混合整数规划（scipy.optimize.milp）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="291"/>
        <source>Solving time</source>
        <translation>求解时间</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="291"/>
        <source>{time} (limit {limit})</source>
        <translation>{time}（上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="279"/>
        <source>Area (亩)</source>
        <translation>面积（亩）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="266"/>
        <source>拆旧 parcel</source>
        <translation>拆旧地块</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="324"/>
        <source>Reclaimed (ha)</source>
        <translation>复垦（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="324"/>
        <source>Reclaimed (亩)</source>
        <translation>复垦（亩）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="324"/>
        <source>Selected 拆旧 parcels: {n}</source>
        <translation>入选拆旧地块：{n} 块</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="266"/>
        <source>建新 parcel</source>
        <translation>建新地块</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="344"/>
        <source>Cultivated occupied (ha)</source>
        <translation>占用耕地（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="344"/>
        <source>Cultivated occupied (亩)</source>
        <translation>占用耕地（亩）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="344"/>
        <source>Selected 建新 parcels: {n}</source>
        <translation>入选建新地块：{n} 块</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="359"/>
        <source>建新 candidate</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="359"/>
        <source>Reason for exclusion</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="359"/>
        <source>建新 candidates excluded: {n}</source>
        <translation>被排除的建新候选地块：{n} 块</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="266"/>
        <source>Quota (ha)</source>
        <translation>指标（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="267"/>
        <source>Quota (亩)</source>
        <translation>指标（亩）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="267"/>
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="375"/>
        <source>拆旧–建新 pairs: {n}</source>
        <translation>拆旧–建新配对：{n} 对</translation>
    </message>
    <message>
        <location filename="../../reporting/linkage.py" line="398"/>
        <source>{reason}: {area}</source>
        <translation>{reason}：{area}</translation>
    </message>
    <message>
        <location filename="../../reporting/method.py" line="53"/>
        <source>This layer carries no record of the run that wrote it (not written by this version of URFlow): the method and parameters cannot be stated; the figures below are read from its fields.</source>
        <translation>该图层未记录生成它的运行（非本版 URFlow 输出），无法说明方法与参数；以下数字读自其字段。</translation>
    </message>
    <message>
        <location filename="../../reporting/method.py" line="87"/>
        <source>layer “{name}”</source>
        <translation>图层“{name}”</translation>
    </message>
    <message>
        <location filename="../../reporting/method.py" line="97"/>
        <source>field “{name}”</source>
        <translation>字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../reporting/method.py" line="104"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../reporting/method.py" line="110"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../reporting/method.py" line="111"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="169"/>
        <source>Towns</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="169"/>
        <source>Town built-up areas</source>
        <translation>城镇建成区</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="184"/>
        <source>Rule table</source>
        <translation>规则表</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="184"/>
        <source>the default rules shipped with URFlow</source>
        <translation>URFlow 自带的默认规则</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="186"/>
        <source>Development potential from</source>
        <translation>发展潜力依据</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="187"/>
        <source>entropy weights</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="187"/>
        <source>AHP</source>
        <translation>层次分析法</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="191"/>
        <source>Villages classified</source>
        <translation>参与分类的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="192"/>
        <source>Villages no rule decided</source>
        <translation>无规则判定的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/villageclass.py" line="193"/>
        <source>Villages where a later rule also matched</source>
        <translation>后续规则也命中的村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="121"/>
        <source>Villages per level</source>
        <translation>空心村分级</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="143"/>
        <source>Level code</source>
        <translation>等级代码</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="143"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="172"/>
        <source>Zones {name}</source>
        <translation>乡镇覆盖 {name}</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="194"/>
        <source>Coverage {name}</source>
        <translation>覆盖与缺口 {name}</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="205"/>
        <source>Gap class</source>
        <translation>缺口类别</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="220"/>
        <source>Gaps {name}</source>
        <translation>缺口村庄 {name}</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="231"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="246"/>
        <source>Linkage balance</source>
        <translation>增减挂钩平衡表</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="248"/>
        <source>拆旧</source>
        <translation>拆旧</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="248"/>
        <source>建新</source>
        <translation>建新</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="257"/>
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="258"/>
        <source>Linkage parcels</source>
        <translation>增减挂钩入选地块</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="268"/>
        <source>Linkage pairs</source>
        <translation>增减挂钩配对</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="279"/>
        <source>Line</source>
        <translation>控制线</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="279"/>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="280"/>
        <source>Net area (ha)</source>
        <translation>净面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="293"/>
        <source>Control-line conflicts</source>
        <translation>三线冲突</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="328"/>
        <source>Village classes</source>
        <translation>村庄分类名单</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="445"/>
        <source>Linkage (增减挂钩)</source>
        <translation>增减挂钩</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="454"/>
        <source>Method</source>
        <translation>方法与参数</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="454"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="101"/>
        <source>Cannot read the standards table {path}: {error}</source>
        <translation>无法读取标准表 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../core/access/standards.py" line="112"/>
        <source>The standards table {path} is neither UTF-8 nor GBK text.</source>
        <translation>标准表 {path} 既不是 UTF-8 也不是 GBK 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="196"/>
        <source>{what} has NULL or empty ids for feature ids {fids}.</source>
        <translation>{what} 的标识为空（NULL 或空白），要素 ID：{fids}。</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="290"/>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../../core/hollow/evaluation.py" line="292"/>
        <source>{indicator} is NULL for {count} villages, missing: {villages}</source>
        <translation>{indicator} 在 {count} 个村庄为空（NULL），缺少：{villages}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_inputs.py" line="36"/>
        <source>Node ids of NODES and FLOWS</source>
        <translation>NODES 与 FLOWS 的节点标识</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parcels.py" line="123"/>
        <source>Layer {}, field &apos;{}&apos;: the id is NULL for feature ids {}</source>
        <translation>图层 {}，字段“{}”：以下要素 ID 的标识为空（NULL）：{}</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="150"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="150"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="160"/>
        <source>single-source p-median, solved exactly with HiGHS: each moving settlement goes wholly to one central village, minimising residents × move cost</source>
        <translation>单源 p-中值模型，用 HiGHS 精确求解：每个搬迁居民点整体迁入一个中心村，使“人口 × 迁移成本”之和最小</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="168"/>
        <source>Classified villages</source>
        <translation>村庄分类结果</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="168"/>
        <source>Cost table</source>
        <translation>成本表</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="168"/>
        <source>Hazard zones</source>
        <translation>灾害隐患区</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="181"/>
        <source>Settlement land</source>
        <translation>居民点用地</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="181"/>
        <source>Village class</source>
        <translation>村庄类型</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="181"/>
        <source>Fixed central villages</source>
        <translation>指定中心村</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="181"/>
        <source>Demolition priority</source>
        <translation>拆旧优先级</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="200"/>
        <source>as given in the cost table</source>
        <translation>按成本表</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="212"/>
        <source>Largest move cost (inclusive)</source>
        <translation>最大迁移成本（含）</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="213"/>
        <source>Central villages in all</source>
        <translation>中心村总数</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="214"/>
        <source>Smallest central-village population</source>
        <translation>中心村最小人口</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="227"/>
        <source>residents</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="220"/>
        <source>Largest central-village population</source>
        <translation>中心村最大人口</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="227"/>
        <source>Settlements that must move: below</source>
        <translation>必须搬迁的居民点：人口低于</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="233"/>
        <source>New settlement land per moved resident</source>
        <translation>搬迁人口人均新增居民点用地</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="233"/>
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="239"/>
        <source>Default κ</source>
        <translation>默认 κ</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="240"/>
        <source>Protected villages</source>
        <translation>特色保护类村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="240"/>
        <source>stay and receive no one</source>
        <translation>保留，不接收搬迁人口</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="243"/>
        <source>time limit reached</source>
        <translation>达到时间上限</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="244"/>
        <source>infeasible</source>
        <translation>无可行解</translation>
    </message>
    <message>
        <location filename="../../reporting/consolidation.py" line="251"/>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="351"/>
        <source>Move cost ({unit})</source>
        <translation>迁移成本（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="348"/>
        <source>Central villages</source>
        <translation>中心村</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="352"/>
        <source>Released land, 亩</source>
        <translation>腾退用地（亩）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="363"/>
        <source>Moves</source>
        <translation>搬迁明细</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="388"/>
        <source>Cost to the assigned site ({unit})</source>
        <translation>到指派设施的成本（{unit}）</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="399"/>
        <source>Villages uncovered</source>
        <translation>未覆盖村庄</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="419"/>
        <source>Siting curve</source>
        <translation>新增设施数与覆盖</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="431"/>
        <source>Village classification</source>
        <translation>村庄分类</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="435"/>
        <source>Settlement consolidation</source>
        <translation>村庄撤并</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="443"/>
        <source>Facility siting</source>
        <translation>设施选址</translation>
    </message>
    <message>
        <location filename="../../reporting/workbook.py" line="447"/>
        <source>Control-line check</source>
        <translation>三线合规检查</translation>
    </message>
    <message>
        <location filename="../../reporting/atlas.py" line="74"/>
        <source>Urban development boundary</source>
        <translation>城镇开发边界</translation>
    </message>
</context>
<context>
    <name>AlgorithmDialog</name>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="245"/>
        <source>Canceling …</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="259"/>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="260"/>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="285"/>
        <source>The algorithm failed; see the Log tab.</source>
        <translation>算法运行失败，详见“日志”页。</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="294"/>
        <source>Done: the outputs are in the layer group “{}”.</source>
        <translation>完成：输出位于图层组“{}”中。</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="301"/>
        <source>Could not show the results: {}</source>
        <translation>无法显示结果：{}</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="361"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="366"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="195"/>
        <source>The folder of {} does not exist.</source>
        <translation>{} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="279"/>
        <source>The run was canceled; nothing was added to the project.</source>
        <translation>运行已取消，未向工程添加任何图层。</translation>
    </message>
    <message>
        <source>The GeoPackage path {} contains a quote; choose another name.</source>
        <translation>GeoPackage 路径 {} 含有引号，请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>AnalyseFacilityGapsAlgorithm</name>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="131"/>
        <source>Facility gap analysis (公共服务设施缺口分析)</source>
        <translation>公共服务设施缺口分析</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="134"/>
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
</context>
<context>
    <name>AnalyseUrbanRuralFlowsAlgorithm</name>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="41"/>
        <source>GRAVITY 1 (unconstrained) needs MASS_FIELD, e.g. the population.</source>
        <translation>GRAVITY 为 1（无约束）时需要 MASS_FIELD，如人口。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="93"/>
        <source>{}: the layer has no CRS; set its CRS first.</source>
        <translation>{}：图层没有坐标系，请先设置坐标系。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="141"/>
        <source>NODES field &apos;{}&apos;</source>
        <translation>NODES 字段“{}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="167"/>
        <source>{} flows have no value (NULL) and were left out.</source>
        <translation>{} 条流量没有数值（空值），已剔除。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="264"/>
        <source>{} self-flows of {} (origin = destination, {:g} in all) are kept apart.</source>
        <translation>{1} 的自流（起点等于终点）{0} 条，共 {2:g}，已单独统计。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="271"/>
        <source>{}: total {:g}; rural→urban {:g}, urban→rural {:g}, net rural outflow {:g}.</source>
        <translation>{}：合计 {:g}；乡村→城镇 {:g}，城镇→乡村 {:g}，乡村净流出 {:g}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="283"/>
        <source>{}: gravity β = {:.4f}, pseudo R² = {:.3f} over {} observed pairs; {} pairs estimated.</source>
        <translation>{}：重力模型 β = {:.4f}，伪 R² = {:.3f}，观测节点对 {} 个；估计节点对 {} 个。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="298"/>
        <source>{}: {} observed pairs were left out of the fit (zero distance or no mass).</source>
        <translation>{}：{} 个观测节点对未参与拟合（距离为零或缺少规模）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="310"/>
        <source>Urban–rural flows 城乡要素流动分析</source>
        <translation>城乡要素流动分析</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="313"/>
        <source>Flows</source>
        <translation>流动</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="290"/>
        <source>{}: the fitted β is {:.3f} ≤ 0: in this table flows do not fall with distance, so the estimates are no distance-decay model; check the table before using them.</source>
        <translation>{}：拟合得到的 β 为 {:.3f} ≤ 0，表中流量并不随距离衰减，估计结果不是距离衰减模型，使用前请检查流量表。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/analyse_urban_rural_flows.py" line="47"/>
        <source>DISTANCE 1 (road network) needs NETWORK.</source>
        <translation>DISTANCE 为 1（路网）时需要 NETWORK。</translation>
    </message>
</context>
<context>
    <name>BalanceLandQuotaAlgorithm</name>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="46"/>
        <source>Give either PRIORITY_FIELD or PRIORITY_LAYER, not both.</source>
        <translation>PRIORITY_FIELD 与 PRIORITY_LAYER 只能二选一。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="53"/>
        <source>CULTIVATED needs CULTIVATED_GRADE_FIELD: the grade of the cultivated land each 建新 parcel occupies.</source>
        <translation>提供 CULTIVATED 时须指定 CULTIVATED_GRADE_FIELD：即各建新地块所占耕地的质量等别。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="60"/>
        <source>DEFAULT_GRADE {} is outside the grade scale 1–{}.</source>
        <translation>DEFAULT_GRADE {} 超出等别范围 1–{}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="65"/>
        <source>DEFAULT_KAPPA must lie in (0, 1], got {}.</source>
        <translation>DEFAULT_KAPPA 须在 (0, 1] 之间，当前为 {}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="78"/>
        <source>Working CRS {}</source>
        <translation>工作坐标系 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="199"/>
        <source>Proven optimal in {:.1f} s (gap {:.2g}); objective {:.4f}</source>
        <translation>{:.1f} 秒内求得并证明最优（间隙 {:.2g}）；目标值 {:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="211"/>
        <source>拆旧 {} parcels, {:.4f} ha (reclaimed {:.4f} ha); 建新 {} parcels, {:.4f} ha (occupying {:.4f} ha of cultivated land); net new cultivated land {:.4f} ha; surplus quota {:.4f} ha</source>
        <translation>拆旧 {} 个地块 {:.4f} 公顷（复垦耕地 {:.4f} 公顷）；建新 {} 个地块 {:.4f} 公顷（占用耕地 {:.4f} 公顷）；净增耕地 {:.4f} 公顷；节余指标 {:.4f} 公顷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="232"/>
        <source>Land-quota linkage balancing (城乡建设用地增减挂钩)</source>
        <translation>城乡建设用地增减挂钩平衡</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="235"/>
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="48"/>
        <source>PRIORITY_LAYER needs PRIORITY_LAYER_FIELD: the field that holds each polygon&apos;s priority (e.g. hollow_score).</source>
        <translation>提供 PRIORITY_LAYER 时须指定 PRIORITY_LAYER_FIELD：即保存各面优先度的字段（如 hollow_score）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="183"/>
        <source>{} 拆旧 and {} 建新 candidates, {} candidate pairs, {} project areas</source>
        <translation>拆旧候选地块 {} 个，建新候选地块 {} 个，候选配对 {} 对，项目区 {} 个</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="192"/>
        <source>No plan was found within TIME_LIMIT ({:g} s): {} Raise the time limit, or add project areas (GROUP_FIELD) or a pair distance to make the model smaller.</source>
        <translation>在 TIME_LIMIT（{:g} 秒）内未求得方案：{} 请提高时间上限，或设置项目区（GROUP_FIELD）或配对距离以减小模型规模。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="205"/>
        <source>Best plan known, objective {:.4f}, bound {:.4f}, gap {:.2%}: {}</source>
        <translation>已知最好方案，目标值 {:.4f}，上界 {:.4f}，间隙 {:.2%}：{}</translation>
    </message>
</context>
<context>
    <name>CheckControlLinesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="59"/>
        <source>Give at least one control line: PERMANENT_FARMLAND, ECO_REDLINE or URBAN_BOUNDARY.</source>
        <translation>请至少提供一条控制线：PERMANENT_FARMLAND、ECO_REDLINE 或 URBAN_BOUNDARY。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="172"/>
        <source>{}: the layer has no CRS; set its CRS first.</source>
        <translation>{}：图层没有坐标系，请先设置坐标系。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="199"/>
        <source>KCXS_FIELD needs PERMANENT_FARMLAND.</source>
        <translation>KCXS_FIELD 需要同时提供 PERMANENT_FARMLAND。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="201"/>
        <source>ZONES needs ZONE_NAME_FIELD.</source>
        <translation>提供 ZONES 时须指定 ZONE_NAME_FIELD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="206"/>
        <source>Planned layer field &apos;{}&apos;</source>
        <translation>规划图层字段“{}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="243"/>
        <source>{} planned features have no geometry and were not checked (NULL results): {}</source>
        <translation>{} 个规划要素没有几何，未检查（结果为空值）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="262"/>
        <source>Polygons of a control line overlap each other under {} planned features; each overlap was counted once: {}</source>
        <translation>在 {} 个规划要素下，同一控制线的图斑相互重叠，重叠部分只计一次：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="269"/>
        <source>{} of {} planned features break a control line: {}</source>
        <translation>{1} 个规划要素中有 {0} 个与控制线冲突：{2}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="275"/>
        <source>The control lines overlap each other on {:.4f} ha, which the rules forbid.</source>
        <translation>控制线之间相互重叠 {:.4f} 公顷，不符合三条控制线不交叉不重叠的要求。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="281"/>
        <source>{} slivers below MIN_AREA were set apart.</source>
        <translation>{} 处小于 MIN_AREA 的碎片已单独计数。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="291"/>
        <source>Three-control-line compliance check 三线合规检查</source>
        <translation>三线合规检查</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="294"/>
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="249"/>
        <source>{} planned features had an invalid geometry, repaired before the check: {}</source>
        <translation>{} 个规划要素的几何无效，检查前已修复：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/check_control_lines.py" line="256"/>
        <source>{}: {} invalid polygons were repaired before the check.</source>
        <translation>{}：{} 个无效面在检查前已修复。</translation>
    </message>
</context>
<context>
    <name>ClassificationInputs</name>
    <message>
        <location filename="../../processing_provider/villages/class_inputs.py" line="127"/>
        <source>{} villages are not in HOLLOW; their hollow fields are NULL.</source>
        <translation>{} 个村庄不在 HOLLOW 中，其空心化字段为 NULL。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/class_inputs.py" line="158"/>
        <source>POTENTIAL_FIELDS: {} has no input layer in this run.</source>
        <translation>POTENTIAL_FIELDS：本次运行未提供 {} 的输入图层。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/class_inputs.py" line="166"/>
        <source>POTENTIAL_FIELDS: there is no field or derived field &apos;{}&apos;.</source>
        <translation>POTENTIAL_FIELDS：没有名为“{}”的字段或派生字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/class_inputs.py" line="179"/>
        <source>Potential weights: {}</source>
        <translation>潜力指标权重：{}</translation>
    </message>
</context>
<context>
    <name>ClassifyVillagesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="80"/>
        <source>Villages (polygons or points)</source>
        <translation>村庄（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="81"/>
        <source>Village id field</source>
        <translation>村庄编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="82"/>
        <source>Village name field (labels)</source>
        <translation>村名字段（标注）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="83"/>
        <source>Township field (for the summary)</source>
        <translation>乡镇字段（用于汇总）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="85"/>
        <source>Population field (summary)</source>
        <translation>人口字段（汇总）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="86"/>
        <source>Settlement area field, m² (summary)</source>
        <translation>居民点面积字段，m²（汇总）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="88"/>
        <source>Heritage field (1 = 传统村落 / 历史文化名村)</source>
        <translation>特色保护字段（1 = 传统村落 / 历史文化名村）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="90"/>
        <source>Rules table (CSV; empty = national preset)</source>
        <translation>规则表（CSV；为空则用全国默认规则）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="92"/>
        <source>Urban development boundary 城镇开发边界</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="92"/>
        <source>Town built-up areas 建成区</source>
        <translation>镇区建成区</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="92"/>
        <source>Ecological red line 生态保护红线</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="92"/>
        <source>Hazard zones (geological hazard, flood)</source>
        <translation>灾害隐患区（地质灾害、洪涝）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="92"/>
        <source>Permanent basic farmland 永久基本农田</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="100"/>
        <source>Towns (points: county seat and towns)</source>
        <translation>镇区（点：县城和镇区）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="108"/>
        <source>Town id field</source>
        <translation>镇区编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="109"/>
        <source>Road network (lines; straight lines × detour if none)</source>
        <translation>道路网（线；无路网时用直线距离 × 绕行系数）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="111"/>
        <source>Speed field, km/h (car)</source>
        <translation>车速字段，km/h（小汽车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="112"/>
        <source>Road class field (county/township/village)</source>
        <translation>道路等级字段（县道/乡道/村道）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="117"/>
        <source>One-way field (forward/backward/both)</source>
        <translation>单行字段（forward/backward/both）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="118"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="118"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="118"/>
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="118"/>
        <source>Car</source>
        <translation>小汽车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="119"/>
        <source>Travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="124"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="124"/>
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="125"/>
        <source>Cost unit</source>
        <translation>成本单位</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="126"/>
        <source>Largest distance from a road, m</source>
        <translation>距道路的最大距离，米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="128"/>
        <source>Detour factor without a network</source>
        <translation>无路网时的绕行系数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="130"/>
        <source>Hollow villages (output of urflow:hollowvillages)</source>
        <translation>空心村（urflow:hollowvillages 的输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="132"/>
        <source>Potential fields (comma-separated; fields or derived fields)</source>
        <translation>潜力字段（逗号分隔；图层字段或派生字段）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="136"/>
        <source>Potential directions (+ or − per field)</source>
        <translation>潜力方向（每个字段 + 或 −）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="137"/>
        <source>Entropy (熵权法)</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="137"/>
        <source>Equal</source>
        <translation>等权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="137"/>
        <source>AHP (层次分析法)</source>
        <translation>层次分析法（AHP）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="138"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="138"/>
        <source>Combined AHP + entropy</source>
        <translation>AHP 与熵权组合</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="139"/>
        <source>Weighting</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="144"/>
        <source>AHP pairwise matrix (rows separated by &apos;;&apos;)</source>
        <translation>AHP 判断矩阵（行之间用“;”分隔）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="145"/>
        <source>Custom weights (e.g. resident_pop=0.6, town_cost=0.4)</source>
        <translation>自定义权重（如 resident_pop=0.6, town_cost=0.4）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="146"/>
        <source>AHP share in combined weights (α)</source>
        <translation>组合赋权中 AHP 的比重（α）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="152"/>
        <source>Weighted sum</source>
        <translation>加权求和</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="152"/>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="153"/>
        <source>Scoring</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="154"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>工作坐标系（投影；默认自动）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="156"/>
        <source>Classified villages</source>
        <translation>村庄分类结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="157"/>
        <source>Village classes per township</source>
        <translation>分乡镇村庄分类汇总</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="175"/>
        <source>AHP weighting needs AHP_MATRIX.</source>
        <translation>AHP 赋权需要 AHP_MATRIX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="177"/>
        <source>Custom weighting needs CUSTOM_WEIGHTS.</source>
        <translation>自定义赋权需要 CUSTOM_WEIGHTS。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="230"/>
        <source>Rules, in order: {}</source>
        <translation>规则（按顺序）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="239"/>
        <source>Villages per class: {}</source>
        <translation>各类村庄数：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="241"/>
        <source>{} villages also match later rules (see also_matched), e.g. a heritage village in a hazard zone.</source>
        <translation>{} 个村庄还命中了后续规则（见 also_matched），例如位于灾害隐患区的传统村落。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="254"/>
        <source>Village classification (村庄分类)</source>
        <translation>村庄分类</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/classify_villages.py" line="257"/>
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
</context>
<context>
    <name>ConsolidateSettlementsAlgorithm</name>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="90"/>
        <source>{n} settlements inside {mask}</source>
        <translation>{n} 个居民点位于 {mask} 内</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="129"/>
        <source>VILLAGE_CLASSES needs VILLAGE_CLASSES_ID_FIELD and VILLAGE_ID_FIELD, and replaces CLASS_FIELD: give one of the two.</source>
        <translation>VILLAGE_CLASSES 需要 VILLAGE_CLASSES_ID_FIELD 和 VILLAGE_ID_FIELD，并代替 CLASS_FIELD：两者只能给一个。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="149"/>
        <source>A cost table needs COST_FROM_FIELD, COST_TO_FIELD and COST_FIELD.</source>
        <translation>成本表需要 COST_FROM_FIELD、COST_TO_FIELD 和 COST_FIELD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="158"/>
        <source>Infeasible: these settlements must move but have no admissible central village within MAX_MOVE_COST: {ids}</source>
        <translation>不可行：以下居民点须搬迁，但在 MAX_MOVE_COST 以内没有可去的中心村：{ids}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="165"/>
        <source>Infeasible: no choice of CENTRAL_COUNT central villages meets MIN_CENTRAL_POP and MAX_CENTRAL_POP with every mover placed.</source>
        <translation>不可行：任何 CENTRAL_COUNT 个中心村的选择都无法在安置全部搬迁点的同时满足 MIN_CENTRAL_POP 和 MAX_CENTRAL_POP。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="173"/>
        <source>{status}: objective {objective}; central villages {central}; {n} settlements move ({pop} residents); released {rel} ha, new land {new} ha</source>
        <translation>{status}：目标值 {objective}；中心村 {central}；{n} 个居民点搬迁（{pop} 人）；腾退 {rel} 公顷，新增用地 {new} 公顷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="188"/>
        <source>The plan check failed: {codes}</source>
        <translation>方案检验未通过：{codes}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="196"/>
        <source>Settlement consolidation (村庄撤并与中心村布局)</source>
        <translation>村庄撤并与中心村布局（Settlement consolidation）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidate_settlements.py" line="199"/>
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_inputs.py" line="53"/>
        <source>SETTLEMENTS has no features.</source>
        <translation>SETTLEMENTS 没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_inputs.py" line="162"/>
        <source>NETWORK has no usable lines.</source>
        <translation>NETWORK 没有可用的线。</translation>
    </message>
    <message>
        <source>Point settlements without AREA_FIELD: their released land counts as 0 m².</source>
        <translation>点状居民点未给 AREA_FIELD：其腾退用地按 0 平方米计。</translation>
    </message>
    <message>
        <source>SETTLEMENTS: {n} pairs of settlements overlap or lie at the same place (a settlement given twice? its residents and land would count twice): {pairs}</source>
        <translation>SETTLEMENTS：{n} 对居民点相互重叠或位于同一位置（是否重复输入？其人口和用地会被重复计算）：{pairs}</translation>
    </message>
    <message>
        <source>{n} cost table rows name unknown settlements and were left out: {ids}</source>
        <translation>成本表中 {n} 行的居民点编号未知，已略去：{ids}</translation>
    </message>
    <message>
        <source>{n} settlements name no village of VILLAGE_CLASSES; their class is NULL: {ids}</source>
        <translation>{n} 个居民点所属行政村不在 VILLAGE_CLASSES 中，其分类为空：{ids}</translation>
    </message>
</context>
<context>
    <name>ConsolidationParameters</name>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="50"/>
        <source>Settlements: natural villages or settlement patches (points or polygons)</source>
        <translation>居民点：自然村或居民点图斑（点或面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="55"/>
        <source>Settlement id field</source>
        <translation>居民点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="56"/>
        <source>Residents field</source>
        <translation>常住人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="59"/>
        <source>Settlement land field, m² (default: polygon area)</source>
        <translation>居民点用地字段，平方米（默认：面的面积）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="64"/>
        <source>Village class field (urflow:villageclassification class_code)</source>
        <translation>村庄分类字段（村庄分类的 class_code）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="69"/>
        <source>Classified villages (OUTPUT of urflow:villageclassification; instead of CLASS_FIELD)</source>
        <translation>村庄分类结果（村庄分类的 OUTPUT；代替 CLASS_FIELD）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="78"/>
        <source>Village id field of the classified villages</source>
        <translation>村庄分类结果的村庄编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="83"/>
        <source>Field of the settlements naming their administrative village</source>
        <translation>居民点所属行政村编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="87"/>
        <source>Fixed central village field (1/true/是 = existing central village or town)</source>
        <translation>固定中心村字段（1/true/是 = 现状中心村或集镇）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="93"/>
        <source>Settlements below this population must move (0 = none)</source>
        <translation>人口低于此值的居民点须搬迁（0 = 不设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="98"/>
        <source>New-cultivated-land coefficient κ field</source>
        <translation>新增耕地系数 κ 字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="103"/>
        <source>Default κ (where no field or NULL)</source>
        <translation>默认 κ（无字段或为空时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="111"/>
        <source>Demolition priority field (e.g. hollow_score; copied to OUTPUT_DEMOLITION)</source>
        <translation>拆旧优先级字段（如 hollow_score；复制到 OUTPUT_DEMOLITION）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="118"/>
        <source>Road network (lines; straight lines × detour if none)</source>
        <translation>道路网（线；无路网时按直线 × 绕行系数）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="124"/>
        <source>Speed field, km/h (car)</source>
        <translation>车速字段，千米/小时（汽车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="125"/>
        <source>Road class field (county/township/village)</source>
        <translation>道路等级字段（县道/乡道/村道）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="128"/>
        <source>One-way field (forward/backward/both)</source>
        <translation>单行字段（forward/backward/both）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="129"/>
        <source>Travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="129"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="129"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="129"/>
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="129"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="135"/>
        <source>Cost unit</source>
        <translation>成本单位</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="135"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="135"/>
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="141"/>
        <source>Largest distance from a road, m</source>
        <translation>距道路的最大距离，米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="142"/>
        <source>Detour factor without a network</source>
        <translation>无路网时的绕行系数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="143"/>
        <source>Cost table (from id, to id, cost; instead of the network)</source>
        <translation>成本表（迁出编号、迁入编号、成本；代替路网）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="149"/>
        <source>Cost table: from settlement id field</source>
        <translation>成本表：迁出居民点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="150"/>
        <source>Cost table: to settlement id field</source>
        <translation>成本表：迁入居民点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="151"/>
        <source>Cost table: cost field</source>
        <translation>成本表：成本字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="152"/>
        <source>Central villages in all (fixed ones included)</source>
        <translation>中心村总数（含固定中心村）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="159"/>
        <source>Largest move cost, inclusive (farming radius; 0 = no limit)</source>
        <translation>最大迁移成本，含（耕作半径；0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="164"/>
        <source>Smallest central-village population after the moves</source>
        <translation>迁入后中心村最小人口</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="169"/>
        <source>Largest central-village population after the moves (0 = no limit)</source>
        <translation>迁入后中心村最大人口（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="174"/>
        <source>New settlement land per moved resident, m²</source>
        <translation>每迁入一人新增居民点用地，平方米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="179"/>
        <source>Ecological red line 生态保护红线</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="180"/>
        <source>Permanent basic farmland 永久基本农田</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="186"/>
        <source>Hazard zones (geological hazard, flood)</source>
        <translation>灾害区（地质灾害、洪涝）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="187"/>
        <source>Time limit, s (0 = none)</source>
        <translation>时间上限，秒（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="188"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>工作坐标系（投影；默认自动）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="191"/>
        <source>Settlements with their role</source>
        <translation>居民点及其角色</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="197"/>
        <source>Central villages</source>
        <translation>中心村</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="198"/>
        <source>Moves: settlement → central village</source>
        <translation>迁移：居民点 → 中心村</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/consolidation_parameters.py" line="203"/>
        <source>Released settlement land (拆旧 candidates for urflow:landquotalinkage)</source>
        <translation>腾退的居民点用地（增减挂钩的拆旧候选）</translation>
    </message>
</context>
<context>
    <name>ControlLineParameters</name>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="50"/>
        <source>Planned layer (polygons, lines or points)</source>
        <translation>规划图层（面、线或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="57"/>
        <source>Planned feature id field</source>
        <translation>规划要素编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="62"/>
        <source>Planned type field (urban construction must lie inside the boundary)</source>
        <translation>建设类型字段（城镇建设须位于城镇开发边界内）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="71"/>
        <source>Type values meaning urban construction (comma-separated)</source>
        <translation>表示城镇建设的类型取值（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="78"/>
        <source>Permanent basic farmland 永久基本农田</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="78"/>
        <source>Ecological red line 生态保护红线</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="78"/>
        <source>Urban development boundary 城镇开发边界</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="85"/>
        <source>田坎 deduction coefficient field KCXS (0–1)</source>
        <translation>田坎系数字段 KCXS（0–1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="95"/>
        <source>Zones for the summary (townships)</source>
        <translation>汇总分区（乡镇）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="100"/>
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="105"/>
        <source>Area method</source>
        <translation>面积计算方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="105"/>
        <source>Planar, in the working CRS</source>
        <translation>平面面积（工作坐标系）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="105"/>
        <source>Ellipsoidal, CGCS2000</source>
        <translation>椭球面积（CGCS2000）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="113"/>
        <source>Smallest overlap that counts (m²; smaller ones are slivers)</source>
        <translation>计入冲突的最小重叠面积（平方米；更小的为碎片）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="122"/>
        <source>Working CRS (projected)</source>
        <translation>工作坐标系（投影）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="127"/>
        <source>Conflicts</source>
        <translation>冲突图斑</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="128"/>
        <source>Planned features checked</source>
        <translation>规划要素检查结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/compliance/control_parameters.py" line="133"/>
        <source>Compliance summary</source>
        <translation>合规检查汇总</translation>
    </message>
</context>
<context>
    <name>DetectHollowVillagesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="52"/>
        <source>AHP weighting needs AHP_MATRIX.</source>
        <translation>AHP 赋权需要提供判断矩阵 AHP_MATRIX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="54"/>
        <source>Custom weighting needs CUSTOM_WEIGHTS.</source>
        <translation>自定义赋权需要提供权重 CUSTOM_WEIGHTS。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="57"/>
        <source>{} levels need {} THRESHOLDS, got {}.</source>
        <translation>{} 个等级需要 {} 个阈值（THRESHOLDS），实际为 {} 个。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="61"/>
        <source>TYPE_THRESHOLDS needs two numbers: population, land.</source>
        <translation>TYPE_THRESHOLDS 需要两个数：人口阈值、土地阈值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="93"/>
        <source>Working CRS: {}</source>
        <translation>计算坐标系：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="161"/>
        <source>Indicators used, in this order: {}</source>
        <translation>参与评价的指标（按此顺序）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="165"/>
        <source>AHP: λmax = {:.4f}, CI = {:.4f}, CR = {:.4f}</source>
        <translation>AHP：λmax = {:.4f}，CI = {:.4f}，CR = {:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="176"/>
        <source>Villages per level: {}</source>
        <translation>各等级村庄数：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="194"/>
        <source>Hollow-village detection (空心村识别)</source>
        <translation>空心村识别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="197"/>
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="67"/>
        <source>{}: {} are on a 0–1 scale (scores and P1/L1 are fractions); {} looks like percent, give {}.</source>
        <translation>{}：{} 采用 0–1 尺度（得分及 P1/L1 均为比例）；{} 看起来是百分数，请填写 {}。</translation>
    </message>
</context>
<context>
    <name>ExtractLandSurveyAlgorithm</name>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="106"/>
        <source>the shipped code table</source>
        <translation>随插件提供的代码表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="116"/>
        <source>{}: layer &apos;{}&apos; has no field &apos;{}&apos; (role {} in {}). Its fields: {}. Name the field in a code table (CODE_TABLE).</source>
        <translation>{}：图层“{}”没有字段“{}”（{} 中的 {}）。其字段为：{}。请在代码表（CODE_TABLE）中指定字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="130"/>
        <source>{}: layer &apos;{}&apos; has no field &apos;{}&apos; ({}); {}</source>
        <translation>{}：图层“{}”没有字段“{}”（{}）；{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="130"/>
        <source>the cultivated land&apos;s grade stays NULL.</source>
        <translation>耕地的等别为空。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="130"/>
        <source>no TBMJ sums (*_TBMJ_HA) are given.</source>
        <translation>不给出 TBMJ 合计（*_TBMJ_HA）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="143"/>
        <source>Input fields replaced by this run&apos;s results: {}</source>
        <translation>被本次结果替换的输入字段：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="161"/>
        <source>Classification: {}; homesteads are {} {}.</source>
        <translation>分类：{}；宅基地为 {} {}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="161"/>
        <source>三调 working classification (GB/T 21010-2017)</source>
        <translation>三调工作分类（GB/T 21010-2017）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="161"/>
        <source>用地用海 classification (2023)</source>
        <translation>用地用海分类（2023）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="171"/>
        <source>{}: {} parcels, {:.4f} ha (planar){}</source>
        <translation>{}：{} 个图斑，{:.4f} 公顷（平面面积）{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="171"/>
        <source>, {:.4f} ha (TBMJ)</source>
        <translation>，{:.4f} 公顷（TBMJ）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="182"/>
        <source>{} parcels: value &apos;{}&apos; read as code &apos;{}&apos; ({}).</source>
        <translation>{} 个图斑：值“{}”按代码“{}”读取（{}）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="188"/>
        <source>No homestead found, but {} parcels carry the other classification's homestead code: check CLASSIFICATION (三调 0702, 用地用海 0703).</source>
        <translation>未找到宅基地，但有 {} 个图斑带有另一分类的宅基地代码：请检查 CLASSIFICATION（三调 0702，用地用海 0703）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="194"/>
        <source>{} invalid polygons repaired (makeValid): {}</source>
        <translation>已修复 {} 个无效多边形（makeValid）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="194"/>
        <source>{} invalid polygons skipped (not written): {}</source>
        <translation>已跳过 {} 个无效多边形（未输出）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="194"/>
        <source>{} parcels without geometry (area_m2 NULL): {}</source>
        <translation>{} 个图斑没有几何（area_m2 为空）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="194"/>
        <source>{} cultivated parcels without a grade 1–15: {}</source>
        <translation>{} 个耕地图斑没有 1–15 的等别：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="194"/>
        <source>{} parcels without TBMJ (left out of *_TBMJ_HA): {}</source>
        <translation>{} 个图斑没有 TBMJ（未计入 *_TBMJ_HA）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="204"/>
        <source>TBMJ is {:.4g} × the planar area (median): is it in m²? (ha: 0.0001, mu: 0.0015)</source>
        <translation>TBMJ 为平面面积的 {:.4g} 倍（中位数）：单位是否为平方米？（公顷约 0.0001，亩约 0.0015）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="215"/>
        <source>Land survey parcels 三调图斑提取</source>
        <translation>三调图斑提取</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="218"/>
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="152"/>
        <source>Rural settlement land</source>
        <translation>农村居民点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="153"/>
        <source>Homesteads</source>
        <translation>宅基地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="154"/>
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="155"/>
        <source>grade (耕地等别)</source>
        <translation>等别（耕地等别）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="156"/>
        <source>TBMJ (图斑面积)</source>
        <translation>TBMJ（图斑面积）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="38"/>
        <source>{}: layer &apos;{}&apos; holds {}, not polygons.</source>
        <translation>{}：图层“{}”为 {}，不是面图层。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="78"/>
        <source>{}: layer &apos;{}&apos;: {}</source>
        <translation>{}：图层“{}”：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/extract_land_survey.py" line="89"/>
        <source>{}: layer &apos;{}&apos;: {} pairs of selected parcels overlap ({:.4f} ha counted twice in the sums); feature ids: {}. Repair the layer&apos;s topology.</source>
        <translation>{}：图层“{}”：{} 对选中图斑相互重叠（合计中重复计算 {:.4f} 公顷）；要素 ID：{}。请修复该图层的拓扑。</translation>
    </message>
</context>
<context>
    <name>FacilityGapsDialog</name>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="38"/>
        <source>Standards (配置标准)</source>
        <translation>配置标准</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="80"/>
        <source>Facility gaps (设施缺口)</source>
        <translation>设施缺口</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="84"/>
        <source>Facilities: catchment and load</source>
        <translation>设施：服务人口与负荷</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="85"/>
        <source>Villages: access and gaps</source>
        <translation>村庄：可达性与缺口</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="86"/>
        <source>Zones: coverage and deficit</source>
        <translation>分区：覆盖率与缺口</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="112"/>
        <source>Load a standards table</source>
        <translation>载入配置标准表</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="112"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="126"/>
        <source>Cannot read the standards table {}: {}</source>
        <translation>无法读取配置标准表 {}：{}</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="130"/>
        <source>National presets (china_national.csv)</source>
        <translation>国家标准预设（china_national.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="159"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="159"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="188"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="188"/>
        <source>{} {} per 1000 people ({})</source>
        <translation>每千人 {} {}（{}）</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="197"/>
        <source>{}, {}</source>
        <translation>{}，{}</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="62"/>
        <source>Site new facilities…</source>
        <translation>布局新设施…</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="64"/>
        <source>Open facility siting with this run&apos;s villages as the demand, its standard, population field and road network</source>
        <translation>打开设施布局优化：以本次运行的村庄为需求点，沿用其配置标准、人口字段和路网</translation>
    </message>
</context>
<context>
    <name>FacilityGapsParameters</name>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="92"/>
        <source>Demand: villages or settlements (points or polygons)</source>
        <translation>需求点：村庄或居民点（点或面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="97"/>
        <source>Demand id field</source>
        <translation>需求点编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="98"/>
        <source>Population field (the people the standard counts)</source>
        <translation>人口字段（标准所针对的人口）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="104"/>
        <source>Facilities (points)</source>
        <translation>设施（点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="105"/>
        <source>Facility id field</source>
        <translation>设施编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="106"/>
        <source>Capacity field (seats, doctors, beds; default 1 each)</source>
        <translation>供给能力字段（学位、医生、床位；默认每处 1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="113"/>
        <source>Road network (lines; straight lines × detour if none)</source>
        <translation>道路网络（线；缺省时按直线距离×绕行系数）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="119"/>
        <source>Speed field, km/h (car)</source>
        <translation>车速字段（km/h，机动车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="122"/>
        <source>Road class field (county/township/village)</source>
        <translation>道路等级字段（县道/乡道/村道）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="128"/>
        <source>One-way field (forward/backward/both)</source>
        <translation>单行字段（正向/反向/双向）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="134"/>
        <source>Standard preset id (e.g. rural_primary_school; empty = custom)</source>
        <translation>标准预设编号（如 rural_primary_school；留空为自定义）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="139"/>
        <source>Standards table (CSV; default: national presets)</source>
        <translation>标准表（CSV；默认为国家标准预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="145"/>
        <source>Travel mode (default: the preset&apos;s)</source>
        <translation>出行方式（默认取预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="145"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="145"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="145"/>
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="145"/>
        <source>Car</source>
        <translation>机动车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="151"/>
        <source>Cost unit (default: the preset&apos;s)</source>
        <translation>成本单位（默认取预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="151"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="151"/>
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="157"/>
        <source>Threshold: standard travel time or distance (inclusive)</source>
        <translation>阈值：标准出行时间或距离（含边界）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="158"/>
        <source>Provision standard per 1000 people</source>
        <translation>千人配置标准</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="159"/>
        <source>Accessibility method</source>
        <translation>可达性方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="159"/>
        <source>2SFCA</source>
        <translation>两步移动搜索法（2SFCA）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="159"/>
        <source>Enhanced 2SFCA (step weights)</source>
        <translation>增强两步移动搜索法（E2SFCA，分段权重）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="159"/>
        <source>Gaussian 2SFCA</source>
        <translation>高斯两步移动搜索法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="169"/>
        <source>E2SFCA step weights (upper bound:weight, ...)</source>
        <translation>E2SFCA 分段权重（上界:权重, ...）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="174"/>
        <source>Largest distance from a road, m</source>
        <translation>距道路最大距离（米）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="175"/>
        <source>Detour factor without a network</source>
        <translation>无路网时的绕行系数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="176"/>
        <source>Zones for the summary (townships)</source>
        <translation>汇总分区（乡镇）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="182"/>
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="183"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="188"/>
        <source>Demand with access and gaps</source>
        <translation>需求点可达性与缺口</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="191"/>
        <source>Facilities with catchment and load</source>
        <translation>设施服务范围与负荷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_parameters.py" line="194"/>
        <source>Coverage and deficit per zone</source>
        <translation>分区覆盖率与缺口</translation>
    </message>
</context>
<context>
    <name>FacilitySitingDialog</name>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="109"/>
        <source>Facility siting (设施布局)</source>
        <translation>设施布局优化</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="113"/>
        <source>Sites: new, existing and load</source>
        <translation>设施点：新增、现状与负荷</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="114"/>
        <source>Villages: assigned site and cost</source>
        <translation>村庄：分配设施与成本</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="115"/>
        <source>Villages → sites</source>
        <translation>村庄→设施</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="116"/>
        <source>What each extra site buys</source>
        <translation>每增加一处设施的效果</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="206"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="206"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="207"/>
        <source>standard {id} ({name}, {threshold} {unit})</source>
        <translation>配置标准 {id}（{name}，{threshold} {unit}）</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="214"/>
        <source>standard {}</source>
        <translation>配置标准 {}</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="216"/>
        <source>threshold {}</source>
        <translation>阈值 {}</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="218"/>
        <source>no standard recorded: set the threshold</source>
        <translation>未记录配置标准：请设置阈值</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="219"/>
        <source>Starting from the facility-gaps result “{layer}”: its villages are the demand, {rule}, population field {population}. Model: fewest new sites that cover every village within reach (LSCP).</source>
        <translation>从设施缺口分析结果“{layer}”开始：以其村庄为需求点，{rule}，人口字段 {population}。模型：以最少的新增设施覆盖所有可覆盖的村庄（LSCP）。</translation>
    </message>
    <message>
        <location filename="../../ui/facility_siting_dialog.py" line="236"/>
        <source>{status}: {n} new sites ({ids}); coverage {rate}.</source>
        <translation>{status}：新增设施 {n} 处（{ids}）；覆盖率 {rate}。</translation>
    </message>
</context>
<context>
    <name>FacilityStandardsPage</name>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="13"/>
        <source>Standards table</source>
        <translation>配置标准表</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="23"/>
        <source>Load CSV…</source>
        <translation>载入 CSV……</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="28"/>
        <source>National presets</source>
        <translation>国家标准预设</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="41"/>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="42"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="43"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="60"/>
        <source>Per 1000 people</source>
        <translation>千人指标</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="52"/>
        <source>Preset id</source>
        <translation>预设编号</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="50"/>
        <source>Selected standard</source>
        <translation>所选标准</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="56"/>
        <source>Radius or time threshold</source>
        <translation>服务半径或时间阈值</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="62"/>
        <source>Source and clause</source>
        <translation>依据与条款</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="64"/>
        <source>Status and note</source>
        <translation>核实状态与备注</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="74"/>
        <source>Use this standard for the run</source>
        <translation>采用此标准运行</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="55"/>
        <source>The id to give as STANDARD in a script or model</source>
        <translation>在脚本或模型中作为 STANDARD 参数填写的编号</translation>
    </message>
</context>
<context>
    <name>FlowParameters</name>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="57"/>
        <source>Nodes (towns and villages)</source>
        <translation>节点（城镇和村庄）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="63"/>
        <source>Node id field</source>
        <translation>节点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="63"/>
        <source>Node type field (urban or rural)</source>
        <translation>节点类型字段（城镇或乡村）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="63"/>
        <source>Mass field for the gravity model (e.g. population)</source>
        <translation>重力模型规模字段（如人口）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="63"/>
        <source>Node name field</source>
        <translation>节点名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="82"/>
        <source>Flow table (origin, destination, value)</source>
        <translation>流量表（起点、终点、流量）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="89"/>
        <source>Origin field</source>
        <translation>起点字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="89"/>
        <source>Destination field</source>
        <translation>终点字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="89"/>
        <source>Value field</source>
        <translation>流量字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="89"/>
        <source>Kind field (labour, capital, land, …)</source>
        <translation>要素种类字段（劳动力、资本、土地等）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="89"/>
        <source>Year field</source>
        <translation>年份字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="102"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="107"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="107"/>
        <source>Straight line (km)</source>
        <translation>直线距离（千米）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="107"/>
        <source>Road network (NETWORK)</source>
        <translation>路网（NETWORK）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="115"/>
        <source>Road network (lines)</source>
        <translation>道路网络（线）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="123"/>
        <source>Speed field, km/h (car)</source>
        <translation>速度字段，千米/小时（机动车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="123"/>
        <source>Road class field</source>
        <translation>道路等级字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="123"/>
        <source>One-way field</source>
        <translation>单行字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="129"/>
        <source>Travel mode on the network</source>
        <translation>路网出行方式</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="129"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="129"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="129"/>
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="129"/>
        <source>Car</source>
        <translation>小汽车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="137"/>
        <source>Network cost unit</source>
        <translation>路网成本单位</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="137"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="137"/>
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="145"/>
        <source>Largest distance from a road, m</source>
        <translation>距道路的最大距离（米）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="145"/>
        <source>Detour factor (unused over roads)</source>
        <translation>绕行系数（路网计算不使用）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="154"/>
        <source>Gravity model for unlisted pairs</source>
        <translation>为未列出的节点对估计的重力模型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="154"/>
        <source>None</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="154"/>
        <source>Unconstrained (masses)</source>
        <translation>无约束（按规模）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="154"/>
        <source>Doubly constrained</source>
        <translation>双约束</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="162"/>
        <source>Smallest gross flow drawn</source>
        <translation>绘制的最小总流量</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="171"/>
        <source>Working CRS (projected)</source>
        <translation>工作坐标系（投影）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="176"/>
        <source>Flow lines</source>
        <translation>流动连线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="181"/>
        <source>Node balances</source>
        <translation>节点流量平衡</translation>
    </message>
    <message>
        <location filename="../../processing_provider/flows/flow_parameters.py" line="188"/>
        <source>Urban–rural flow matrix</source>
        <translation>城乡流动矩阵</translation>
    </message>
</context>
<context>
    <name>GapFeedback</name>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="27"/>
        <source>Standard {}: {} {} — {} ({})</source>
        <translation>标准 {}：{} {} — {}（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="36"/>
        <source>Threshold {} {} by {}; provision {} per 1000; method {}; working CRS {}</source>
        <translation>阈值 {} {}（{}）；千人配置 {}；方法 {}；计算坐标系 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="52"/>
        <source>Layer DEMAND has no features.</source>
        <translation>需求点图层（DEMAND）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="53"/>
        <source>Layer FACILITIES has no features: there is nothing to reach.</source>
        <translation>设施图层（FACILITIES）没有要素，无可到达的设施。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="57"/>
        <source>Layer NETWORK has no usable lines.</source>
        <translation>路网图层（NETWORK）没有可用的线。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="62"/>
        <source>No NETWORK: straight-line distance × {} is used.</source>
        <translation>未提供路网：采用直线距离 × {}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="68"/>
        <source>Building the road graph ...</source>
        <translation>正在构建道路网络图……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="70"/>
        <source>{} roads without geometry were left out</source>
        <translation>{} 条无几何的道路被忽略</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="73"/>
        <source>Shortest paths within {} {} ...</source>
        <translation>正在计算 {} {} 以内的最短路径……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="80"/>
        <source>{} roads have no usable speed: their class&apos;s or the mode&apos;s default speed is used</source>
        <translation>{} 条道路无可用车速：采用其道路等级或出行方式的默认速度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="80"/>
        <source>{} roads have an unknown one-way value: both directions are used</source>
        <translation>{} 条道路的单行值无法识别：按双向通行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="95"/>
        <source>Population is NULL or negative for {} demand features ({}): they count as nobody and their gap is NULL</source>
        <translation>{} 个需求点人口为空或为负（{}）：按 0 人计，其缺口为空值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="95"/>
        <source>Capacity is NULL or negative for {} facilities ({}): they still count for reach (nearest, coverage) but supply nothing</source>
        <translation>{} 处设施供给能力为空或为负（{}）：仍计入可达（最近设施、覆盖），但供给为 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="95"/>
        <source>{} demand features cannot reach any facility (off the network or in a disconnected part): {}</source>
        <translation>{} 个需求点无法到达任何设施（远离路网或位于不连通的路网部分）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="95"/>
        <source>{} facilities have nobody within the threshold: supply ratio NULL ({})</source>
        <translation>{} 处设施在阈值内无服务人口：供需比为空值（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/gap_feedback.py" line="132"/>
        <source>Coverage {:.1%}; blind spots {}; under-served {}; deficit {}</source>
        <translation>覆盖率 {:.1%}；服务盲区 {} 个；供给不足 {} 个；缺口 {}</translation>
    </message>
</context>
<context>
    <name>HollowIndicatorsPage</name>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="12"/>
        <source>The weights are previewed on the chosen village layer and fields, before the run. Indicators from overlays (settlement polygons, buildings, night-time light) are computed only when the algorithm runs.</source>
        <translation>运行前按所选村庄图层和字段预览权重。由叠加分析得到的指标（居民点图斑、建筑物、夜间灯光）仅在算法运行时计算。</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="21"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="23"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="24"/>
        <source>Entropy</source>
        <translation>信息熵</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="25"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="26"/>
        <source>Source fields</source>
        <translation>来源字段</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="31"/>
        <source>Preview weights on the layer</source>
        <translation>在图层上预览权重</translation>
    </message>
</context>
<context>
    <name>HollowVillageReader</name>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="85"/>
        <source>Layer VILLAGES, field &apos;{}&apos;: negative values for villages {}</source>
        <translation>村庄图层字段“{}”：以下村庄为负值：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="91"/>
        <source>{} village features with invalid geometry were skipped</source>
        <translation>已跳过 {} 个几何无效的村庄要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="103"/>
        <source>Layer VILLAGES has no features.</source>
        <translation>村庄图层（VILLAGES）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="107"/>
        <source>Layer VILLAGES, field &apos;{}&apos;: the village id is NULL for feature ids {}</source>
        <translation>村庄图层字段“{}”：以下要素的村庄编码为空：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="118"/>
        <source>Layer VILLAGES, field &apos;{}&apos;: village ids appear more than once: {}</source>
        <translation>村庄图层字段“{}”：以下村庄编码重复：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="129"/>
        <source>VILLAGES are points: SETTLEMENTS, BUILDINGS and NIGHT_LIGHT need village polygons and are not used.</source>
        <translation>村庄图层为点：居民点、建筑物和夜间灯光需要村庄面图层，本次未使用。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="147"/>
        <source>Overlaying settlement land on villages ...</source>
        <translation>正在将居民点用地与村庄叠加……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="167"/>
        <source>A1 (night-time light per settlement area) needs SETTLEMENTS polygons; it is skipped.</source>
        <translation>A1（单位建设用地夜间灯光）需要居民点图斑，本次跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="229"/>
        <source>BUILDINGS given without BUILDING_VACANT_FIELD: A2 is skipped.</source>
        <translation>提供了建筑物但未指定空置字段，A2 跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="234"/>
        <source>Assigning buildings to villages ...</source>
        <translation>正在将建筑物归属到村庄……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="255"/>
        <source>{} buildings have a NULL vacancy flag and are not counted</source>
        <translation>{} 栋建筑空置标记为空值，未计入</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="259"/>
        <source>{} buildings lie outside every village</source>
        <translation>{} 栋建筑不在任何村庄范围内</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="291"/>
        <source>Averaging night-time light over settlement land ...</source>
        <translation>正在计算居民点用地上的平均夜间灯光……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="139"/>
        <source>{} villages have a NULL or empty geometry; their settlement land, buildings and night light are NULL: feature ids {}</source>
        <translation>{} 个村庄的几何为空（NULL 或空几何），其居民点用地、建筑与夜间灯光结果为空（NULL）：要素 ID {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="185"/>
        <source>VILLAGES polygons overlap each other ({} pairs); settlement land and buildings in an overlap count for both villages: {}</source>
        <translation>VILLAGES 面相互重叠（{} 对）；重叠处的居民点用地和建筑会同时计入两个村庄：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="216"/>
        <source>SETTLEMENTS polygons overlap in {} villages ({:.0f} m² in all would have been counted twice); the overlaps are counted once: {}</source>
        <translation>SETTLEMENTS 面在 {} 个村庄内相互重叠（共 {:.0f} m² 原本会被重复计算）；重叠部分只计一次：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/village_reader.py" line="283"/>
        <source>{} BUILDINGS footprints repeat another one (overlap over half the smaller) and are counted once; left out: feature ids {}</source>
        <translation>{} 个 BUILDINGS 建筑轮廓与另一轮廓重复（重叠超过较小者的一半），只计一次；未计入的要素 ID：{}</translation>
    </message>
</context>
<context>
    <name>HollowVillagesDialog</name>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="56"/>
        <source>Indicators and weights</source>
        <translation>指标与权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="78"/>
        <source>Hollow villages (空心村)</source>
        <translation>空心村</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="79"/>
        <source>Indicator weights</source>
        <translation>指标权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="109"/>
        <source>settlement polygons</source>
        <translation>居民点图斑</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="119"/>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="114"/>
        <source>night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="119"/>
        <source>buildings layer</source>
        <translation>建筑物图层</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="129"/>
        <source>+ (higher = more hollow)</source>
        <translation>正向（越大越空心）</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="129"/>
        <source>− (lower = more hollow)</source>
        <translation>负向（越小越空心）</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="160"/>
        <source>Choose a village layer first.</source>
        <translation>请先选择村庄图层。</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="229"/>
        <source>Cannot preview the weights: {}</source>
        <translation>无法预览权重：{}</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="164"/>
        <source>No indicator can be computed from the chosen fields: choose at least the registered and resident population fields or the homestead fields.</source>
        <translation>所选字段无法计算任何指标：请至少选择户籍人口与常住人口字段，或宅基地字段。</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="187"/>
        <source>Computing the weights …</source>
        <translation>正在计算权重……</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="188"/>
        <source>Previewing hollow-village weights</source>
        <translation>预览空心村指标权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="223"/>
        <source>Cannot preview the weights: the layer has no field {}.</source>
        <translation>无法预览权重：图层中没有字段 {}。</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="214"/>
        <source>Weights by {method} previewed on {count} villages of “{layer}”.</source>
        <translation>已按{method}在“{layer}”的 {count} 个村庄上预览权重。</translation>
    </message>
</context>
<context>
    <name>HollowVillagesParameters</name>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="107"/>
        <source>Villages (polygons or points)</source>
        <translation>村庄（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="108"/>
        <source>Village id field</source>
        <translation>村庄编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="109"/>
        <source>Village name field (labels)</source>
        <translation>村庄名称字段（标注）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Registered population field (户籍人口)</source>
        <translation>户籍人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Resident population field (常住人口)</source>
        <translation>常住人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Resident elderly population field (60+ or 65+)</source>
        <translation>常住老年人口字段（60 或 65 岁以上）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Out-migrant workers field (外出务工)</source>
        <translation>外出务工人数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Working-age population field (劳动年龄人口)</source>
        <translation>劳动年龄人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Households field (户数)</source>
        <translation>户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Homesteads field (宅基地宗数)</source>
        <translation>宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Idle homesteads field (闲置宅基地)</source>
        <translation>闲置宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Households with several homesteads field (一户多宅)</source>
        <translation>一户多宅户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Households over the homestead cap field (超标占地)</source>
        <translation>宅基地超标占地户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="111"/>
        <source>Settlement land area field, m² (农村居民点面积)</source>
        <translation>农村居民点用地面积字段（m²）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="125"/>
        <source>Entropy (熵权法)</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="125"/>
        <source>Equal</source>
        <translation>等权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="125"/>
        <source>AHP (层次分析法)</source>
        <translation>层次分析法（AHP）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="126"/>
        <source>Custom</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="126"/>
        <source>Combined AHP + entropy</source>
        <translation>AHP 与熵权组合赋权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="127"/>
        <source>Jenks natural breaks</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="127"/>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="128"/>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="128"/>
        <source>Thresholds</source>
        <translation>指定阈值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="130"/>
        <source>Settlement land polygons (used when no area field)</source>
        <translation>农村居民点用地图斑（无面积字段时叠加计算）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="136"/>
        <source>Buildings (polygons or points)</source>
        <translation>建筑物（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="137"/>
        <source>Building vacancy field (1 = vacant)</source>
        <translation>建筑空置字段（1 = 空置）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="142"/>
        <source>Night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="145"/>
        <source>Weighting</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="146"/>
        <source>AHP pairwise matrix (rows separated by &apos;;&apos;)</source>
        <translation>AHP 判断矩阵（行之间用“;”分隔）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="147"/>
        <source>Custom weights (e.g. P1=0.4, L1=0.6)</source>
        <translation>自定义权重（如 P1=0.4, L1=0.6）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="148"/>
        <source>AHP share in combined weights (α)</source>
        <translation>组合赋权中 AHP 所占比例（α）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="151"/>
        <source>Scoring</source>
        <translation>综合评价方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="151"/>
        <source>Weighted sum</source>
        <translation>加权求和</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="151"/>
        <source>TOPSIS</source>
        <translation>TOPSIS 逼近理想解法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="157"/>
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="158"/>
        <source>Number of levels (3 or 4)</source>
        <translation>等级数（3 或 4）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="166"/>
        <source>Score thresholds between levels (e.g. 0.25, 0.5, 0.75)</source>
        <translation>等级分界阈值（如 0.25, 0.5, 0.75）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="167"/>
        <source>Typology thresholds: population (P1), land (L1)</source>
        <translation>类型划分阈值：人口（P1）、土地（L1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="172"/>
        <source>Settlement land standard, m² per resident</source>
        <translation>人均居民点用地标准（m²/人）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="179"/>
        <source>Reclamation coefficient κ (新增耕地系数)</source>
        <translation>新增耕地系数 κ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="186"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="189"/>
        <source>Hollow villages</source>
        <translation>空心村识别结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/hollow_parameters.py" line="190"/>
        <source>Indicator weights</source>
        <translation>指标权重表</translation>
    </message>
</context>
<context>
    <name>LandSurveyOutputs</name>
    <message>
        <location filename="../../processing_provider/land/landsurvey_outputs.py" line="92"/>
        <source>Feature {} of {} cannot be transformed to {}: {}</source>
        <translation>{1} 的要素 {0} 无法转换到 {2}：{3}</translation>
    </message>
</context>
<context>
    <name>LandSurveyParameters</name>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="41"/>
        <source>三调 land-use parcels DLTB 地类图斑 (polygons)</source>
        <translation>三调地类图斑 DLTB（面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="44"/>
        <source>Classification of DLBM</source>
        <translation>DLBM 采用的分类</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="44"/>
        <source>三调 working classification (GB/T 21010-2017): homesteads 0702</source>
        <translation>三调工作分类（GB/T 21010-2017）：宅基地 0702</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="44"/>
        <source>用地用海 classification (2023): homesteads 0703</source>
        <translation>用地用海分类（2023）：宅基地 0703</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="53"/>
        <source>Code table CSV (empty: the shipped 三调 defaults)</source>
        <translation>代码表 CSV（留空：使用随插件提供的三调默认值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="59"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>工作坐标系（投影；默认自动）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="64"/>
        <source>Rural settlement land 农村居民点 (CZCSXM 203/203A)</source>
        <translation>农村居民点（CZCSXM 203/203A）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="69"/>
        <source>Homesteads 宅基地</source>
        <translation>宅基地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/landsurvey_parameters.py" line="74"/>
        <source>Cultivated land 耕地 with grade</source>
        <translation>耕地（含等别）</translation>
    </message>
</context>
<context>
    <name>LinkageBalancePage</name>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="12"/>
        <source>Run the algorithm to see the balance sheet (挂钩平衡表).</source>
        <translation>运行算法后显示挂钩平衡表。</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="19"/>
        <source>Project area (项目区)</source>
        <translation>项目区</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="31"/>
        <source>Rules only</source>
        <translation>仅显示规则</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="43"/>
        <source>Project area</source>
        <translation>项目区</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="44"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="46"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="47"/>
        <source>Value (亩)</source>
        <translation>数值（亩）</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="48"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="49"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="45"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>LinkageDialog</name>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="48"/>
        <source>Balance sheet</source>
        <translation>平衡表</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="64"/>
        <source>Land-quota linkage (增减挂钩)</source>
        <translation>增减挂钩</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="68"/>
        <source>Quota pairs (挂钩指标流向)</source>
        <translation>挂钩指标流向</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="69"/>
        <source>Construction parcels (建新地块)</source>
        <translation>建新地块</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="70"/>
        <source>Demolition parcels (拆旧地块)</source>
        <translation>拆旧地块</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="71"/>
        <source>Balance sheet (挂钩平衡表)</source>
        <translation>挂钩平衡表</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="90"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="108"/>
        <source>{} of {} rule checks fail</source>
        <translation>{} 项规则检查（共 {} 项）未通过</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="110"/>
        <source>all {} rule checks pass</source>
        <translation>全部 {} 项规则检查通过</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="111"/>
        <source>Solver status: {status}; {verdict}. Quota {quota} ha, construction {built} ha, net new cultivated land {net} ha.</source>
        <translation>求解状态：{status}；{verdict}。挂钩指标 {quota} 公顷，建新 {built} 公顷，净增耕地 {net} 公顷。</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="100"/>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="101"/>
        <source>time limit reached, best plan found</source>
        <translation>达到时间上限，给出已找到的最好方案</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="102"/>
        <source>no feasible plan</source>
        <translation>无可行方案</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="103"/>
        <source>the solver failed; best plan known</source>
        <translation>求解器出错，返回已知最优方案</translation>
    </message>
</context>
<context>
    <name>LinkageParameters</name>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="94"/>
        <source>拆旧 candidates: rural construction land to reclaim (polygons)</source>
        <translation>拆旧候选地块：拟复垦的农村建设用地（面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="99"/>
        <source>拆旧 id field</source>
        <translation>拆旧地块编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="100"/>
        <source>拆旧 area field, m² (default: polygon area)</source>
        <translation>拆旧面积字段，平方米（默认：图斑面积）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="106"/>
        <source>Reclamation coefficient κ field (share that becomes cultivated land)</source>
        <translation>复垦系数 κ 字段（复垦为耕地的比例）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="112"/>
        <source>Default κ (where no field or NULL)</source>
        <translation>默认复垦系数 κ（无字段或为空时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="113"/>
        <source>Grade of the reclaimed land field (等别 or 等级)</source>
        <translation>复垦耕地质量字段（等别或等级）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="119"/>
        <source>Default grade of the reclaimed land</source>
        <translation>复垦耕地默认质量等别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="122"/>
        <source>Cost field (demolition, compensation, reclamation)</source>
        <translation>成本字段（拆迁、补偿、复垦）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="128"/>
        <source>Unit cost per ha (where no cost field)</source>
        <translation>每公顷单位成本（无成本字段时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="129"/>
        <source>Priority field (e.g. hollow_score)</source>
        <translation>优先度字段（如 hollow_score）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="130"/>
        <source>Priority from polygons (e.g. the output of Hollow village detection)</source>
        <translation>从面图层取优先度（如空心村识别的输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="136"/>
        <source>Priority field of those polygons</source>
        <translation>该面图层的优先度字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="143"/>
        <source>Protected flag field (传统村落, heritage: never demolished)</source>
        <translation>保护标记字段（传统村落、文物保护：不得拆旧）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="148"/>
        <source>建新 candidates: land to build on (polygons)</source>
        <translation>建新候选地块：拟建设用地（面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="149"/>
        <source>建新 id field</source>
        <translation>建新地块编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="150"/>
        <source>Value field (land value or need)</source>
        <translation>价值字段（土地价值或需求）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="151"/>
        <source>Unit value per ha (where no value field)</source>
        <translation>每公顷单位价值（无价值字段时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="152"/>
        <source>Mandatory flag field (must be built)</source>
        <translation>必选标记字段（必须建设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="153"/>
        <source>Type field (urban / resettlement / industrial)</source>
        <translation>类型字段（城镇 / 安置 / 产业）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="158"/>
        <source>Cultivated land (耕地) with quality grades</source>
        <translation>耕地（含质量等别）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="164"/>
        <source>Cultivated land grade field</source>
        <translation>耕地质量等别字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="170"/>
        <source>Permanent basic farmland (永久基本农田)</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="176"/>
        <source>Ecological protection red line (生态保护红线)</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="182"/>
        <source>Urban growth boundary (城镇开发边界)</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="188"/>
        <source>Quota basis</source>
        <translation>挂钩指标口径</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="188"/>
        <source>Reclaimed cultivated land (a·κ)</source>
        <translation>复垦耕地面积（a·κ）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="188"/>
        <source>Reclaimed construction land (a)</source>
        <translation>复垦建设用地面积（a）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="197"/>
        <source>Require cultivated-land quality not to fall</source>
        <translation>要求耕地质量不降低</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="200"/>
        <source>Grade scale</source>
        <translation>质量等级体系</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="200"/>
        <source>等别 1–15 (1 = best)</source>
        <translation>等别 1–15（1 为最优）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="200"/>
        <source>等级 1–10 (GB/T 33469-2016, 1 = best)</source>
        <translation>等级 1–10（GB/T 33469-2016，1 为最优）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="206"/>
        <source>Largest 拆旧–建新 pair distance, m (0 = no limit)</source>
        <translation>拆旧与建新地块最大配对距离，米（0 为不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="211"/>
        <source>Budget for the 拆旧 costs (0 = no limit)</source>
        <translation>拆旧成本预算（0 为不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="212"/>
        <source>Priority weight β (objective per unit of priority)</source>
        <translation>优先度权重 β（每单位优先度的目标值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="217"/>
        <source>Distance weight λ (objective per ha of quota per km)</source>
        <translation>距离权重 λ（每公顷指标每公里的目标值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="222"/>
        <source>Project area field (项目区; the same field name on both layers)</source>
        <translation>项目区字段（两个图层中字段名须相同）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="227"/>
        <source>Time limit of the whole run, s</source>
        <translation>整个运行的时间上限（秒）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="235"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="238"/>
        <source>拆旧 parcels with the selection</source>
        <translation>拆旧地块及入选结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="239"/>
        <source>建新 parcels with the selection and exclusions</source>
        <translation>建新地块及入选、排除结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="240"/>
        <source>Quota pairs 拆旧 → 建新</source>
        <translation>挂钩指标流向（拆旧 → 建新）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="245"/>
        <source>Balance sheet (挂钩平衡表)</source>
        <translation>挂钩平衡表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/linkage_parameters.py" line="228"/>
        <source>Relative gap at which a plan counts as proven optimal</source>
        <translation>方案视为已证明最优的相对间隙</translation>
    </message>
</context>
<context>
    <name>PlanningReportAlgorithm</name>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="55"/>
        <source>Give at least one input layer.</source>
        <translation>请至少提供一个输入图层。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="86"/>
        <source>Report written to {}: {} sections, {} tables, {} maps, {} charts</source>
        <translation>报告已写入 {}：{} 个章节、{} 张表格、{} 幅地图、{} 张图表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="212"/>
        <source>Planning report (规划分析报告)</source>
        <translation>规划分析报告</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="215"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="159"/>
        <source>{parameter}: {path} is a folder; give a file such as report.html.</source>
        <translation>{parameter}：{path} 是文件夹，请给出文件名，例如 report.html。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="161"/>
        <source>{parameter}: cannot write {path} ({error}).</source>
        <translation>{parameter}：无法写入 {path}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="155"/>
        <source>{parameter}: {path} is a folder; give a file such as atlas.pdf.</source>
        <translation>{parameter}：{path} 是文件夹，请给出文件，如 atlas.pdf。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="199"/>
        <source>Atlas written to {}: {} pages; its layouts are in {}</source>
        <translation>图集已写入 {}：共 {} 页；其布局保存在 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="40"/>
        <source>Give at least one input: HOLLOW_VILLAGES, VILLAGE_CLASSES, FACILITY_GAPS, LINKAGE_BALANCE, a linkage layer, a control-line output or a flows output.</source>
        <translation>请至少提供一项输入：HOLLOW_VILLAGES、VILLAGE_CLASSES、FACILITY_GAPS、LINKAGE_BALANCE、增减挂钩图层、三线检查输出或要素流动输出。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="157"/>
        <source>{parameter}: {path} is a folder; give a file such as tables.xlsx.</source>
        <translation>{parameter}：{path} 是文件夹，请给出文件，如 tables.xlsx。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="173"/>
        <source>Tables written to {}: {} sheets ({})</source>
        <translation>表格已写入 {}：{} 个工作表（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="58"/>
        <source>{lines}: drawn only under the compliance map, which needs CONTROL_CONFLICTS or CONTROL_PLANNED; not drawn.</source>
        <translation>{lines}：仅绘于合规检查图之下，而合规检查图需要 CONTROL_CONFLICTS 或 CONTROL_PLANNED；未绘制。</translation>
    </message>
</context>
<context>
    <name>ReportParameters</name>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="87"/>
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="89"/>
        <source>Hollow villages (output of hollowvillages)</source>
        <translation>空心村（空心村识别的输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="96"/>
        <source>Township field</source>
        <translation>乡镇字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="97"/>
        <source>Classified villages (OUTPUT of villageclassification)</source>
        <translation>村庄分类结果（villageclassification 的 OUTPUT）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="104"/>
        <source>Settlements by role (OUTPUT_SETTLEMENTS of settlementconsolidation)</source>
        <translation>按角色的居民点（村庄撤并的 OUTPUT_SETTLEMENTS）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="111"/>
        <source>Facility gaps (demand or zone outputs of facilitygaps)</source>
        <translation>设施缺口（设施缺口分析的需求点或分区输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Linkage balance sheet (table of landquotalinkage)</source>
        <translation>挂钩平衡表（增减挂钩平衡的输出表）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Linkage 拆旧 parcels</source>
        <translation>增减挂钩拆旧地块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Linkage 建新 parcels</source>
        <translation>增减挂钩建新地块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Linkage pair lines</source>
        <translation>增减挂钩配对线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Control-line conflicts (OUTPUT_CONFLICTS of controllinecheck)</source>
        <translation>管控线冲突图斑（controllinecheck 的 OUTPUT_CONFLICTS）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Planned features checked (OUTPUT_PLANNED of controllinecheck)</source>
        <translation>规划要素检查结果（controllinecheck 的 OUTPUT_PLANNED）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Control-line summary (OUTPUT_SUMMARY of controllinecheck)</source>
        <translation>管控线冲突汇总表（controllinecheck 的 OUTPUT_SUMMARY）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Permanent basic farmland (drawn under the compliance map)</source>
        <translation>永久基本农田（绘于合规检查图之下）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Ecological protection red line (drawn under the compliance map)</source>
        <translation>生态保护红线（绘于合规检查图之下）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Urban development boundary (drawn under the compliance map)</source>
        <translation>城镇开发边界（绘于合规检查图之下）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Flow lines (OUTPUT_LINES of urbanruralflows)</source>
        <translation>流动线（urbanruralflows 的 OUTPUT_LINES）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Flow nodes (OUTPUT_NODES of urbanruralflows)</source>
        <translation>流动节点（urbanruralflows 的 OUTPUT_NODES）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Urban–rural flow matrix (OUTPUT_MATRIX of urbanruralflows)</source>
        <translation>城乡流动矩阵（urbanruralflows 的 OUTPUT_MATRIX）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="120"/>
        <source>Township boundaries (drawn and named on the maps)</source>
        <translation>乡镇界（在地图上绘制并标注名称）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="181"/>
        <source>Township name field</source>
        <translation>乡镇名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>Unit of the flows</source>
        <translation>流量单位</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>Units of the flow table</source>
        <translation>流量表中的单位</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>Persons (人)</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>Households (户)</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>10,000 yuan (万元)</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>Hectares (ha)</source>
        <translation>公顷（ha）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="182"/>
        <source>Mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="198"/>
        <source>Report (HTML)</source>
        <translation>报告（HTML）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="198"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="203"/>
        <source>Map atlas (PDF, one page per map)</source>
        <translation>图集（PDF，每图一页）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="203"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="212"/>
        <source>Tables (Excel workbook, one sheet per table)</source>
        <translation>表格（Excel 工作簿，每表一个工作表）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="212"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="221"/>
        <source>Atlas page size</source>
        <translation>图集幅面</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="221"/>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="221"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="230"/>
        <source>Producer (编制单位) on the atlas pages</source>
        <translation>图集上的编制单位</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="230"/>
        <source>Data sources named on the atlas pages</source>
        <translation>图集上注明的数据来源</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="235"/>
        <source>Mark the atlas as fictitious sample data</source>
        <translation>将图集标注为虚构样例数据</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="243"/>
        <source>Analysis sections</source>
        <translation>分析章节</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="243"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="243"/>
        <source>Maps</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="243"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="243"/>
        <source>Atlas pages</source>
        <translation>图集页数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="243"/>
        <source>Workbook sheets</source>
        <translation>工作表数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_parameters.py" line="252"/>
        <source>Atlas project (QGZ)</source>
        <translation>图集工程文件（QGZ）</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../../processing_provider/report/report_sections.py" line="140"/>
        <source>Layer {key}: there is no field &apos;{field}&apos; (is it the {output} of {algorithm}?)</source>
        <translation>图层 {key}：没有字段“{field}”（它是 {algorithm} 的 {output} 输出吗？）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_sections.py" line="154"/>
        <source>Layer HOLLOW_VILLAGES: there is no field &apos;{}&apos; (is it the output of urflow:hollowvillages?)</source>
        <translation>HOLLOW_VILLAGES 图层没有字段“{}”（是否为 urflow:hollowvillages 的输出？）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_sections.py" line="164"/>
        <source>Layer HOLLOW_VILLAGES has no field &apos;{}&apos;: all villages are counted together.</source>
        <translation>图层 HOLLOW_VILLAGES 没有字段“{}”，全部村庄合并统计。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_sections.py" line="239"/>
        <source>Layer FACILITY_GAPS &apos;{}&apos; is none of the demand (gap_class), zones (zone_name, coverage_rate) or facilities (catchment_pop, load) outputs of facilitygaps and is left out</source>
        <translation>FACILITY_GAPS 图层“{}”不是 facilitygaps 的需求点（gap_class）、分区（zone_name、coverage_rate）或设施（catchment_pop、load）输出，已略去</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/report_sections.py" line="263"/>
        <source>Layer LINKAGE_BALANCE: there is no field &apos;{}&apos; (is it the OUTPUT_BALANCE table of urflow:landquotalinkage?)</source>
        <translation>LINKAGE_BALANCE 图层没有字段“{}”（是否为 urflow:landquotalinkage 的 OUTPUT_BALANCE 表？）</translation>
    </message>
</context>
<context>
    <name>SampleCounty</name>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Village centres</source>
        <translation>村庄中心点</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Hospitals and township health centres</source>
        <translation>医院与乡镇卫生院</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Village clinics</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Kindergartens</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Elderly-care homes</source>
        <translation>养老机构</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Construction candidates (建新)</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Homestead parcels</source>
        <translation>宅基地地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Rural settlement land</source>
        <translation>农村居民点用地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Town built-up areas</source>
        <translation>城镇建成区</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Urban development boundary</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Ecological red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Administrative villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="50"/>
        <source>Labour migration OD table</source>
        <translation>劳动力流动 OD 表</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="65"/>
        <source>Qingxi County (fictitious sample)</source>
        <translation>青溪县（虚构示例）</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="83"/>
        <source>Night-time light</source>
        <translation>夜间灯光</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Natural villages (自然村)</source>
        <translation>自然村</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Geological hazard zones</source>
        <translation>地质灾害隐患区</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18"/>
        <source>Land survey parcels (三调 DLTB)</source>
        <translation>三调地类图斑（DLTB）</translation>
    </message>
</context>
<context>
    <name>SettlementConsolidationDialog</name>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="68"/>
        <source>Settlement consolidation (村庄撤并)</source>
        <translation>村庄撤并</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="72"/>
        <source>Settlements: stay, central, move, protected</source>
        <translation>居民点：保留、中心村、搬迁、保护</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="73"/>
        <source>Central villages (中心村)</source>
        <translation>中心村</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="74"/>
        <source>Moves → central villages</source>
        <translation>搬迁去向 → 中心村</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="75"/>
        <source>Released settlement land (拆旧)</source>
        <translation>腾退居民点用地（拆旧）</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="156"/>
        <source>their village class from the field {}</source>
        <translation>村庄分类取自字段 {}</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="160"/>
        <source>village classes from “{layer}” (搬迁撤并 villages move, 特色保护 villages stay)</source>
        <translation>村庄分类取自“{layer}”（搬迁撤并类村庄搬迁，特色保护类村庄保留）</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="164"/>
        <source>no village classification in the project: only settlements below the smallest population to keep move (run 村庄分类 first)</source>
        <translation>项目中没有村庄分类结果：只有人口低于保留下限的居民点搬迁（请先运行村庄分类）</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="168"/>
        <source>Settlements: “{layer}” (id {id}, residents {population}, village {village}); {rule}.</source>
        <translation>居民点：“{layer}”（编号 {id}，常住人口 {population}，所属行政村 {village}）；{rule}。</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="187"/>
        <source>{status}: {n} central villages ({ids}); {moved} residents of {count} settlements move; released {released} ha, new land {new} ha, net {net} ha.</source>
        <translation>{status}：中心村 {n} 个（{ids}）；{count} 个居民点的 {moved} 人搬迁；腾退 {released} 公顷，新增安置用地 {new} 公顷，净腾退 {net} 公顷。</translation>
    </message>
    <message>
        <location filename="../../ui/settlement_consolidation_dialog.py" line="204"/>
        <source>No plan moves every settlement that must move. Without an admissible central village: {}. Raise the largest move cost or the number of central villages.</source>
        <translation>没有方案能安置所有须搬迁的居民点。没有可去中心村的居民点：{}。请提高最大迁移成本或中心村数量。</translation>
    </message>
</context>
<context>
    <name>SiteFacilitiesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="204"/>
        <source>A cost table needs COST_DEMAND_FIELD, COST_CANDIDATE_FIELD and COST_FIELD.</source>
        <translation>成本表需要 COST_DEMAND_FIELD、COST_CANDIDATE_FIELD 和 COST_FIELD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="213"/>
        <source>{n} cost table rows name unknown ids and were left out; demand: {d}; candidates: {c}</source>
        <translation>成本表中 {n} 行引用了未知编号，已剔除；需求点：{d}；候选点：{c}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="224"/>
        <source>Cost table: {a} rows without a cost left out, {b} repeated pairs.</source>
        <translation>成本表：{a} 行无成本已剔除，{b} 个重复组合。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="233"/>
        <source>{n} demand points have no candidate within the threshold: {ids}</source>
        <translation>{n} 个需求点在阈值内没有任何候选点：{ids}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="233"/>
        <source>{n} demand points cannot reach any candidate: {ids}</source>
        <translation>{n} 个需求点无法到达任何候选点：{ids}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="244"/>
        <source>No solution: the model is infeasible (capacity shortfall {s}).</source>
        <translation>无解：模型不可行（容量缺口 {s}）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="250"/>
        <source>{model}: {status}, objective {objective}, new sites: {ids}</source>
        <translation>{model}：{status}，目标值 {objective}，新增设施：{ids}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="259"/>
        <source>The solution check failed: {codes}</source>
        <translation>解的检查未通过：{codes}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="280"/>
        <source>Facility siting (公共服务设施布局优化)</source>
        <translation>公共服务设施布局优化</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/site_facilities.py" line="283"/>
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_inputs.py" line="58"/>
        <source>{} has no features.</source>
        <translation>{} 没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_inputs.py" line="112"/>
        <source>NETWORK has no usable lines.</source>
        <translation>NETWORK 中没有可用的线。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_inputs.py" line="158"/>
        <source>COST_FIELD must be &gt;= 0; {d} → {c} costs {v}.</source>
        <translation>COST_FIELD 必须 &gt;= 0；{d} → {c} 的成本为 {v}。</translation>
    </message>
    <message>
        <source>{field} must say yes/no (1/0, true/false, 是/否); unreadable for: {ids}</source>
        <translation>{field} 须为是/否（1/0、true/false、是/否）；无法识别：{ids}</translation>
    </message>
</context>
<context>
    <name>SitingParameters</name>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="51"/>
        <source>Demand: villages or settlements (points or polygons)</source>
        <translation>需求点：村庄或居民点（点或面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="56"/>
        <source>Demand id field</source>
        <translation>需求点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="57"/>
        <source>Population field (the people the standard counts)</source>
        <translation>人口字段（标准所计的人口）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="63"/>
        <source>Candidate sites and existing facilities (points)</source>
        <translation>候选点与现状设施（点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="68"/>
        <source>Candidate id field</source>
        <translation>候选点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="69"/>
        <source>Existing-facility field (1/true/是 = existing, always open)</source>
        <translation>现状设施字段（1/true/是 = 现状设施，始终开放）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="75"/>
        <source>Capacity field (places, beds; capacitated models when given)</source>
        <translation>容量字段（学位、床位；给定时为有容量约束的模型）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="82"/>
        <source>Road network (lines; straight lines × detour if none)</source>
        <translation>路网（线；无路网时用直线距离 × 绕行系数）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="88"/>
        <source>Speed field, km/h (car)</source>
        <translation>速度字段，km/h（汽车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="95"/>
        <source>Road class field (county/township/village)</source>
        <translation>道路等级字段（县道/乡道/村道）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="101"/>
        <source>One-way field (forward/backward/both)</source>
        <translation>单行字段（正向/反向/双向）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="107"/>
        <source>Travel mode (default: the preset&apos;s)</source>
        <translation>出行方式（默认：预设值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="107"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="107"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="107"/>
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="107"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="112"/>
        <source>Cost unit (default: the preset&apos;s)</source>
        <translation>成本单位（默认：预设值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="112"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="112"/>
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="117"/>
        <source>Largest distance from a road, m</source>
        <translation>离道路的最大距离，米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="118"/>
        <source>Detour factor without a network</source>
        <translation>无路网时的绕行系数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="119"/>
        <source>Cost table (demand id, candidate id, cost; instead of the network)</source>
        <translation>成本表（需求点编号、候选点编号、成本；替代路网）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="125"/>
        <source>Cost table: demand id field</source>
        <translation>成本表：需求点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="131"/>
        <source>Cost table: candidate id field</source>
        <translation>成本表：候选点编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="137"/>
        <source>Cost table: cost field</source>
        <translation>成本表：成本字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="144"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="144"/>
        <source>LSCP: fewest new sites covering every coverable point</source>
        <translation>LSCP：以最少新增设施覆盖所有可覆盖的点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="144"/>
        <source>MCLP: most people covered by the new sites</source>
        <translation>MCLP：新增设施覆盖人口最多</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="144"/>
        <source>p-median: least total population × cost</source>
        <translation>p-中值：人口 × 成本总和最小</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="144"/>
        <source>p-center: least largest cost</source>
        <translation>p-中心：最大成本最小</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="155"/>
        <source>New facilities to open</source>
        <translation>新增设施数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="156"/>
        <source>Threshold: standard travel time or distance (inclusive)</source>
        <translation>阈值：标准出行时间或距离（含等号）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="157"/>
        <source>Standard preset id (e.g. rural_primary_school; empty = custom)</source>
        <translation>标准预设编号（如 rural_primary_school；空 = 自定义）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="162"/>
        <source>Standards table (CSV; default: national presets)</source>
        <translation>标准表（CSV；默认：国家标准预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="168"/>
        <source>Curve up to k new sites (0 = no curve)</source>
        <translation>曲线最多新增 k 处（0 = 不输出曲线）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="169"/>
        <source>Time limit per solve, s (0 = none)</source>
        <translation>每次求解时间上限，秒（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="170"/>
        <source>Working CRS (projected; default: automatic)</source>
        <translation>工作坐标系（投影；默认：自动）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="175"/>
        <source>Sites: selected, new, load</source>
        <translation>设施：是否选中、是否新增、负荷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="176"/>
        <source>Demand with its site and cost</source>
        <translation>需求点及其分配设施和成本</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="177"/>
        <source>Demand → site lines</source>
        <translation>需求点 → 设施连线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/siting_parameters.py" line="178"/>
        <source>What each extra site buys (curve)</source>
        <translation>每增加一处设施的改善（曲线）</translation>
    </message>
</context>
<context>
    <name>SitingSections</name>
    <message>
        <location filename="../../processing_provider/report/siting_sections.py" line="57"/>
        <source>Facility siting: sites (OUTPUT_SITES of facilitysiting)</source>
        <translation>设施布局优化：设施点（facilitysiting 的 OUTPUT_SITES）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/siting_sections.py" line="57"/>
        <source>Facility siting: villages (OUTPUT_DEMAND of facilitysiting)</source>
        <translation>设施布局优化：村庄（facilitysiting 的 OUTPUT_DEMAND）</translation>
    </message>
    <message>
        <source>Facility siting: village → site lines (OUTPUT_LINES of facilitysiting)</source>
        <translation>设施布局优化：村庄—设施连线（facilitysiting 的 OUTPUT_LINES）</translation>
    </message>
    <message>
        <source>Facility siting: what each extra site buys (OUTPUT_CURVE of facilitysiting)</source>
        <translation>设施布局优化：每增加一处设施的效果（facilitysiting 的 OUTPUT_CURVE）</translation>
    </message>
    <message>
        <source>Layer {key}: there is no field &apos;{field}&apos; (is it the {output} of urflow:facilitysiting?)</source>
        <translation>图层 {key}：没有字段“{field}”（它是 urflow:facilitysiting 的 {output} 吗？）</translation>
    </message>
</context>
<context>
    <name>URFlowAlgorithmDialogBase</name>
    <message>
        <location filename="../../ui/base_dialog.ui" line="9"/>
        <source>URFlow</source>
        <translation>URFlow</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="25"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="42"/>
        <source>Advanced parameters</source>
        <translation>高级参数</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="63"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="107"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="112"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="118"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="78"/>
        <source>Save results in GeoPackage</source>
        <translation>结果保存到 GeoPackage</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="86"/>
        <source>Each run adds its layers to this GeoPackage as new tables named after the run; nothing in the file is overwritten. Leave empty for temporary layers.</source>
        <translation>每次运行都会在此 GeoPackage 中新建以本次运行命名的数据表，不会覆盖文件中已有的任何内容。留空则生成临时图层。</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="85"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>URFlowGuard</name>
    <message>
        <location filename="../../processing_provider/guard.py" line="56"/>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="57"/>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="58"/>
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="61"/>
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="64"/>
        <source>unknown geometry</source>
        <translation>未知几何</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="93"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="428"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="206"/>
        <source>{parameter}: layer &apos;{layer}&apos; has no CRS; set its CRS first.</source>
        <translation>{parameter}：图层“{layer}”没有坐标参考系，请先设置其坐标参考系。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="335"/>
        <source>No output written; removed the incomplete outputs: {}</source>
        <translation>未写出结果；已删除不完整的输出：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/guard.py" line="402"/>
        <source>Canceled while writing the outputs.</source>
        <translation>写出结果时已取消。</translation>
    </message>
    <message>
        <source>{parameter}: layer &apos;{layer}&apos; has {kind}; this input needs {needed}.</source>
        <translation>{parameter}：图层“{layer}”的几何为{kind}；此输入需要{needed}。</translation>
    </message>
    <message>
        <source>{parameter}: layer &apos;{layer}&apos;: {count} features have no geometry (NULL or empty) and are not drawn: feature ids {ids}</source>
        <translation>{parameter}：图层“{layer}”中有 {count} 个要素没有几何（NULL 或空几何），不会绘制：要素 ID {ids}</translation>
    </message>
    <message>
        <source>{parameter}: layer &apos;{layer}&apos; [{parent}]: there is no field &apos;{field}&apos;.</source>
        <translation>{parameter}：图层“{layer}”[{parent}] 中没有字段“{field}”。</translation>
    </message>
    <message>
        <source>{parameter}: layer &apos;{layer}&apos; has a geographic CRS ({crs}) but its coordinates ({x:.0f}, {y:.0f}) are not degrees: its CRS is missing or wrong. Set the layer&apos;s real CRS (e.g. a CGCS2000 Gauss–Krüger zone).</source>
        <translation>{parameter}：图层“{layer}”的坐标参考系为地理坐标系（{crs}），但其坐标（{x:.0f}, {y:.0f}）不是经纬度：坐标参考系缺失或有误。请设置图层真实的坐标参考系（如 CGCS2000 高斯–克吕格分带）。</translation>
    </message>
    <message>
        <source>{}: {} codes are written in more than one way (case or spaces) and are compared as one: {}</source>
        <translation>{}：{} 个代码有多种写法（大小写或空格不同），按同一代码比较：{}</translation>
    </message>
</context>
<context>
    <name>URFlowLayers</name>
    <message>
        <location filename="../../processing_provider/layers.py" line="77"/>
        <source>The input layer has no valid CRS; set it first.</source>
        <translation>输入图层没有有效的坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="128"/>
        <source>Layer {}: there is no field &apos;{}&apos;</source>
        <translation>图层 {}：不存在字段“{}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="147"/>
        <source>Layer {}: field &apos;{}&apos; is not numeric ({})</source>
        <translation>图层 {}：字段“{}”不是数值型（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="333"/>
        <source>Input fields replaced by this run&apos;s results: {}</source>
        <translation>以下输入字段被本次结果替换：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="71"/>
        <source>Layer &apos;{}&apos; has no valid CRS; set its CRS first.</source>
        <translation>图层“{}”没有有效的坐标系，请先设置坐标系。</translation>
    </message>
    <message>
        <source>TARGET_CRS {} is geographic; choose a projected CRS such as a CGCS2000 Gauss–Krüger zone (EPSG:4534–4554)</source>
        <translation>TARGET_CRS {} 为地理坐标系；请选择投影坐标系，例如 CGCS2000 高斯-克吕格分带（EPSG:4534–4554）</translation>
    </message>
    <message>
        <source>{}: {} ({}) is not fit for distances and areas: a {} projection, which here (latitude {:.1f}°) can stretch lengths by up to {:.0f} % and areas by {:.0f} %. Reproject the layers or set TARGET_CRS to {} ({}), the CGCS2000 Gauss–Krüger zone of the data, or another Gauss–Krüger, UTM or Albers equal-area CRS.</source>
        <translation>{}：{}（{}）不适合量算距离和面积：它是 {} 投影，在此处（纬度 {:.1f}°）长度最多放大 {:.0f}%、面积放大 {:.0f}%。请将图层重投影，或将 TARGET_CRS 设为 {}（{}），即数据所在的 CGCS2000 高斯–克吕格投影带，或其他高斯–克吕格、UTM 或 Albers 等积投影坐标系。</translation>
    </message>
    <message>
        <source>Layer {}: field &apos;{}&apos; is not numeric: it holds text that is not a number: {}</source>
        <translation>图层 {}：字段“{}”不是数值型：其中有不是数字的文本：{}</translation>
    </message>
    <message>
        <source>Layer &apos;{}&apos;: {} features have no geometry (NULL or empty): feature ids {}</source>
        <translation>图层“{}”：{} 个要素没有几何（NULL 或空几何）：要素 ID {}</translation>
    </message>
</context>
<context>
    <name>URFlowPlugin</name>
    <message>
        <location filename="../../plugin.py" line="38"/>
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="49"/>
        <source>Load sample county (fictitious)</source>
        <translation>加载示例县（虚构）</translation>
    </message>
</context>
<context>
    <name>URFlowProvider</name>
    <message>
        <location filename="../../processing_provider/provider.py" line="121"/>
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="124"/>
        <source>URFlow {} — urban–rural flow planning toolkit</source>
        <translation>URFlow {} — 城乡资源流动规划工具箱</translation>
    </message>
</context>
<context>
    <name>URFlowTerms</name>
    <message>
        <location filename="../../i18n.py" line="46"/>
        <source>walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="47"/>
        <source>bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="48"/>
        <source>e-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="49"/>
        <source>car</source>
        <translation>小汽车</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="50"/>
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="51"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="52"/>
        <source>checked in the source</source>
        <translation>已核对原文</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="53"/>
        <source>textbook value</source>
        <translation>教科书通用值</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="54"/>
        <source>to verify against the printed clause</source>
        <translation>待核对标准原文条款</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="55"/>
        <source>common practice, not a legal norm</source>
        <translation>实践常用值，非法定标准</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="56"/>
        <source>seats</source>
        <translation>学位</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="57"/>
        <source>places</source>
        <translation>学位（幼儿园）</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="58"/>
        <source>doctors</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="59"/>
        <source>beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="60"/>
        <source>total population</source>
        <translation>总人口</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="61"/>
        <source>people aged 60 and over</source>
        <translation>60 岁及以上人口</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="62"/>
        <source>children aged 3–5</source>
        <translation>3–5 岁儿童</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="63"/>
        <source>children aged 6–11</source>
        <translation>6–11 岁儿童</translation>
    </message>
</context>
<context>
    <name>VillageClassification</name>
    <message>
        <location filename="../../processing_provider/villages/class_derived.py" line="65"/>
        <source>VILLAGES must be polygons or points.</source>
        <translation>VILLAGES 必须为面或点图层。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/class_rules.py" line="122"/>
        <source>Rule {}: the condition {} fails: {}</source>
        <translation>规则 {}：条件 {} 计算出错：{}</translation>
    </message>
    <message>
        <source>Rule {}: the condition {} is not a valid QGIS expression: {}</source>
        <translation>规则 {}：条件 {} 不是有效的 QGIS 表达式：{}</translation>
    </message>
    <message>
        <source>Rule {}: {} has no input layer or field in this run, so it is NULL and the rule is false for every village.</source>
        <translation>规则 {}：本次运行未提供 {} 的输入图层或字段，其值为 NULL，该规则对所有村庄均为假。</translation>
    </message>
</context>
</TS>
